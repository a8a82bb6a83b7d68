package org.mixroom.engine.decode;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.OptionalLong;
import java.util.concurrent.Future;
import org.mixroom.engine.AudioBlock;
import org.mixroom.engine.AudioFormat;
import org.mixroom.engine.CorruptAudioException;
import org.mixroom.engine.InvalidAudioException;

/**
 * Streams the interleaved samples of an uncompressed file (WAV, RF64, BW64, AIFF, AIFC) whose header has
 * been checked, reading the whole file once from start to end in large chunks: the bytes before the
 * samples, the samples, and everything after them all pass through one SHA-256, so the hash covers the
 * file without a second read. The hash runs on a helper thread over a ring of buffers while this thread
 * converts samples; conversion is a tight loop per encoding and channel (see {@link PcmEncoding}).
 */
final class PcmFileDecoder implements AudioDecoder {
    /** Read size: large enough that system calls and hashing run at full speed. */
    static final int BUFFER_BYTES = 1 << 20;

    private final FileChannel channel;
    private final long fileSize;
    private final long dataStart;
    private final long dataEnd;
    private final PcmEncoding encoding;
    private final AudioFormat format;
    private final int frameBytes;
    private final BackgroundSha256 hasher = new BackgroundSha256();
    private final byte[][] buffers;
    private final Future<?>[] hashing;
    private int current;
    private byte[] buffer;

    private long filePosition;
    private int bufferPosition;
    private int bufferLimit;
    private long framesRead;
    private boolean finished;
    private String hash;

    /**
     * @param dataStart file offset of the first sample byte
     * @param dataBytes sample bytes, a whole number of frames (checked by the caller)
     */
    PcmFileDecoder(FileChannel channel, long fileSize, long dataStart, long dataBytes, PcmEncoding encoding,
                   AudioFormat format) {
        this.channel = channel;
        this.fileSize = fileSize;
        this.dataStart = dataStart;
        this.dataEnd = dataStart + dataBytes;
        this.encoding = encoding;
        this.format = format;
        this.frameBytes = encoding.bytes() * format.channels();
        long wanted = Math.min(BUFFER_BYTES, Math.max(fileSize, frameBytes));
        int size = (int) Math.max(frameBytes, wanted - wanted % frameBytes);
        this.buffers = new byte[3][size];
        this.hashing = new Future<?>[buffers.length];
        this.buffer = buffers[0];
    }

    @Override
    public AudioFormat format() {
        return format;
    }

    @Override
    public OptionalLong declaredFrames() {
        return OptionalLong.of(frames());
    }

    /** Frames in the file, known from the header. */
    long frames() {
        return (dataEnd - dataStart) / frameBytes;
    }

    @Override
    public boolean read(AudioBlock block) throws IOException, InvalidAudioException {
        BlockShape.require(block, format);
        if (finished) {
            block.setFrames(0);
            return false;
        }
        if (filePosition < dataStart) {
            hashThrough(dataStart);
        }
        if (bufferPosition == bufferLimit) {
            if (filePosition == dataEnd) {
                hashThrough(fileSize);
                if (channel.size() != fileSize) {
                    throw new CorruptAudioException("the file changed size while being read (" + fileSize + " bytes when "
                            + "opened, " + channel.size() + " now)");
                }
                finished = true;
                hash = hasher.finish();
                block.setFrames(0);
                return false;
            }
            int n = (int) Math.min(buffer.length, dataEnd - filePosition);
            readAndHash(n);
            bufferPosition = 0;
            bufferLimit = n;
        }
        int frames = Math.min(block.capacity(), (bufferLimit - bufferPosition) / frameBytes);
        int sampleBytes = encoding.bytes();
        for (int c = 0; c < format.channels(); c++) {
            int bad = encoding.decode(buffer, bufferPosition + c * sampleBytes, frameBytes, block.channel(c), 0, frames);
            if (bad >= 0) {
                double value = encoding.valueAt(buffer, bufferPosition + bad * frameBytes + c * sampleBytes);
                throw new CorruptAudioException("non-finite float sample (" + value + ") at frame "
                        + (framesRead + bad) + ", channel " + (c + 1));
            }
        }
        bufferPosition += frames * frameBytes;
        framesRead += frames;
        block.setFrames(frames);
        return true;
    }

    /** Reads and hashes everything up to {@code target}. */
    private void hashThrough(long target) throws IOException, CorruptAudioException {
        while (filePosition < target) {
            readAndHash((int) Math.min(buffer.length, target - filePosition));
        }
    }

    /** Reads the next {@code n} bytes into the next buffer of the ring (once its hashing is done) and queues them. */
    private void readAndHash(int n) throws IOException, CorruptAudioException {
        current = (current + 1) % buffers.length;
        BackgroundSha256.await(hashing[current]);
        buffer = buffers[current];
        readFully(n);
        hashing[current] = hasher.update(buffer, n);
        filePosition += n;
    }

    private void readFully(int n) throws IOException, CorruptAudioException {
        ByteBuffer into = ByteBuffer.wrap(buffer, 0, n);
        while (into.hasRemaining()) {
            if (channel.read(into, filePosition + into.position()) < 0) {
                throw new CorruptAudioException("the file ended at byte " + (filePosition + into.position())
                        + " while being read; it was " + fileSize + " bytes when opened");
            }
        }
    }

    @Override
    public String sha256() {
        return Sha256.known(hash);
    }

    @Override
    public void close() throws IOException {
        hasher.close();
        channel.close();
    }
}
