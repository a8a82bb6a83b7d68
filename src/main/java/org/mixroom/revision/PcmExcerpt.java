package org.mixroom.revision;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import org.mixroom.engine.AudioBlock;
import org.mixroom.engine.InvalidAudioException;
import org.mixroom.engine.decode.AudioDecoder;
import org.mixroom.engine.decode.AudioDecoders;

/**
 * A stretch of a revision decoded by the engine and written as a 32-bit float WAV file, for players that need
 * PCM from a compressed file (FLAC, MP3, …) without decoding all of it in the browser. It streams block by
 * block: memory stays at one block whatever the length. The decoders read from the start, so a late excerpt
 * costs the decoding of everything before it.
 */
public final class PcmExcerpt {
    /** The longest excerpt served at once. */
    public static final double MAX_SECONDS = 30;
    private static final int HEADER_BYTES = 44;
    private static final int BLOCK_FRAMES = 8192;

    private final Path file;
    private final int sampleRate;
    private final int channels;
    private final long firstFrame;
    private final long frames;

    PcmExcerpt(Path file, int sampleRate, int channels, long firstFrame, long frames) {
        this.file = file;
        this.sampleRate = sampleRate;
        this.channels = channels;
        this.firstFrame = firstFrame;
        this.frames = frames;
    }

    /** The WAV file's size in bytes, known before any decoding. */
    public long contentLength() {
        return HEADER_BYTES + frames * channels * Float.BYTES;
    }

    /**
     * Writes the WAV file. Should the file turn out shorter than its declared length, the rest is silence, so
     * the length announced by {@link #contentLength()} holds.
     */
    public void writeTo(OutputStream target) throws IOException {
        OutputStream out = new BufferedOutputStream(target, 1 << 16);
        out.write(header());
        long skip = firstFrame;
        long left = frames;
        ByteBuffer bytes = ByteBuffer.allocate(BLOCK_FRAMES * channels * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        try (AudioDecoder decoder = AudioDecoders.open(file)) {
            AudioBlock block = new AudioBlock(channels, BLOCK_FRAMES);
            while (left > 0 && decoder.read(block)) {
                int from = (int) Math.min(skip, block.frames());
                skip -= from;
                int to = (int) Math.min(block.frames(), from + left);
                bytes.clear();
                for (int n = from; n < to; n++) {
                    for (int c = 0; c < channels; c++) {
                        bytes.putFloat((float) block.channel(c)[n]);
                    }
                }
                out.write(bytes.array(), 0, bytes.position());
                left -= to - from;
            }
        } catch (InvalidAudioException e) {
            throw new IOException("revision audio cannot be decoded: " + e.getMessage(), e);
        }
        out.write(new byte[(int) (left * channels * Float.BYTES)]);
        out.flush();
    }

    private byte[] header() {
        long dataBytes = frames * channels * Float.BYTES;
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        header.put("RIFF".getBytes(US_ASCII)).putInt((int) (dataBytes + 36))
                .put("WAVE".getBytes(US_ASCII))
                .put("fmt ".getBytes(US_ASCII)).putInt(16)
                .putShort((short) 3) // WAVE_FORMAT_IEEE_FLOAT
                .putShort((short) channels).putInt(sampleRate).putInt(sampleRate * channels * Float.BYTES)
                .putShort((short) (channels * Float.BYTES)).putShort((short) 32)
                .put("data".getBytes(US_ASCII)).putInt((int) dataBytes);
        return header.array();
    }
}
