package org.mixroom.engine.decode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mixroom.engine.AudioBlock;
import org.mixroom.engine.CorruptAudioException;
import org.mixroom.engine.InvalidAudioException;
import org.mixroom.engine.UnsupportedAudioException;

/**
 * Decodes the first audio stream of a file with an ffmpeg child to interleaved little-endian doubles
 * ({@code -f f64le}) and hands them out block by block. ffmpeg's
 * integer-to-double conversion divides by 2^15 or 2^31 of a left-justified code, so lossless sources come
 * out exactly as {@code code / 2^(b-1)}. Ends with the child's exit status checked: any error is an input
 * error carrying ffmpeg's first error line.
 */
final class FfmpegStream implements AutoCloseable {
    private static final int BUFFER_BYTES = 1 << 20;

    private final Path file;
    private final FfmpegProcess process;
    private final InputStream in;
    private final int channels;
    private final int frameBytes;
    private final byte[] buffer;
    private int start;
    private int end;
    private boolean endOfOutput;
    private boolean finished;
    private long framesRead;

    private FfmpegStream(Path file, FfmpegProcess process, int channels) {
        this.file = file;
        this.process = process;
        this.in = process.stdout();
        this.channels = channels;
        this.frameBytes = 8 * channels;
        this.buffer = new byte[BUFFER_BYTES - BUFFER_BYTES % frameBytes];
    }

    /**
     * Starts decoding.
     *
     * @param channels       channels of the output (what {@code outputOptions} ask for, or the stream's own)
     * @param decoderOptions options placed before {@code -i} (e.g. stricter error detection)
     * @param outputOptions  options that fix the output's layout and rate, or none to keep the stream's
     */
    static FfmpegStream start(FfmpegTools tools, Path file, int channels, List<String> decoderOptions,
                              List<String> outputOptions) throws IOException {
        List<String> arguments = new ArrayList<>(List.of("-nostdin", "-hide_banner", "-nostats", "-v", "error",
                "-xerror"));
        arguments.addAll(FfmpegProcess.CONFINED_INPUT);
        arguments.addAll(decoderOptions);
        arguments.addAll(List.of("-i", "file:" + file.toAbsolutePath(), "-map", "0:a:0", "-vn", "-sn", "-dn",
                "-map_metadata", "-1"));
        arguments.addAll(outputOptions);
        arguments.addAll(List.of("-f", "f64le", "pipe:1"));
        return new FfmpegStream(file, FfmpegProcess.start(tools, tools.ffmpeg(), arguments), channels);
    }

    long framesRead() {
        return framesRead;
    }

    /**
     * Fills {@code block}; false at the end, after ffmpeg has exited cleanly and at least one frame came.
     */
    boolean read(AudioBlock block) throws IOException, InvalidAudioException {
        if (finished) {
            block.setFrames(0);
            return false;
        }
        int wanted = Math.min(block.capacity(), buffer.length / frameBytes) * frameBytes;
        while (end - start < wanted && !endOfOutput) {
            if (buffer.length - start < wanted) {
                System.arraycopy(buffer, start, buffer, 0, end - start);
                end -= start;
                start = 0;
            }
            int n = in.read(buffer, end, buffer.length - end);
            if (n < 0) {
                endOfOutput = true;
            } else {
                end += n;
            }
        }
        int frames = Math.min(wanted, end - start) / frameBytes;
        if (frames == 0) {
            finish();
            block.setFrames(0);
            return false;
        }
        for (int c = 0; c < channels; c++) {
            int bad = PcmEncoding.FLOAT_64_LE.decode(buffer, start + 8 * c, frameBytes, block.channel(c), 0, frames);
            if (bad >= 0) {
                double value = PcmEncoding.FLOAT_64_LE.valueAt(buffer, start + bad * frameBytes + 8 * c);
                throw new CorruptAudioException("non-finite sample (" + value + ") at frame " + (framesRead + bad)
                        + ", channel " + (c + 1));
            }
        }
        start += frames * frameBytes;
        framesRead += frames;
        block.setFrames(frames);
        return true;
    }

    private void finish() throws IOException, InvalidAudioException {
        int status = process.waitFor();
        if (process.timedOut()) {
            throw new CorruptAudioException("ffmpeg did not finish decoding within " + process.timeoutText());
        }
        if (status != 0) {
            throw failure(process, file, status);
        }
        if (end != start) {
            throw new CorruptAudioException("ffmpeg's output ended inside a frame (" + (end - start) + " of "
                    + frameBytes + " bytes)");
        }
        if (framesRead == 0) {
            throw new CorruptAudioException("no audio: the stream decodes to 0 frames");
        }
        finished = true;
    }

    /** The input error for a child that exited with {@code status}. */
    static InvalidAudioException failure(FfmpegProcess process, Path file, int status) {
        String error = process.firstError(file);
        if (error == null) {
            error = status > 128 ? "crashed (signal " + (status - 128) + ")" : "exited with status " + status;
        }
        if (error.contains("Decoder") && error.contains("not found")) {
            return new UnsupportedAudioException("ffmpeg: " + error);
        }
        return new CorruptAudioException("ffmpeg: " + error);
    }

    @Override
    public void close() {
        process.close();
    }
}
