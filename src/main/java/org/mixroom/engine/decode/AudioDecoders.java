package org.mixroom.engine.decode;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.mixroom.engine.InvalidAudioException;
import org.mixroom.engine.UnsupportedAudioException;

/**
 * Opens an audio file with the decoder its first bytes call for (analysis-spec section 3):
 * <ul>
 *   <li>{@code RIFF…WAVE}, {@code RF64}, {@code BW64}: the strict WAV reader;</li>
 *   <li>{@code FORM…AIFF}, {@code FORM…AIFC}: the strict AIFF reader;</li>
 *   <li>{@code fLaC}, also after an ID3v2 tag: FLAC, checked against STREAMINFO;</li>
 *   <li>anything else: ffmpeg; a file it cannot read is "not an audio file".</li>
 * </ul>
 * The format is known when this returns; samples stream on {@link AudioDecoder#read}.
 */
public final class AudioDecoders {
    private AudioDecoders() {
    }

    /** Opens {@code file}, with the bundled ffmpeg for formats Mixroom does not read itself. */
    public static AudioDecoder open(Path file) throws IOException, InvalidAudioException {
        return open(file, FfmpegLocator.BUNDLED);
    }

    /**
     * Opens {@code file}; {@code ffmpeg} is asked for the executables only when the file needs them.
     *
     * @throws InvalidAudioException the file is empty, not audio, unsupported or corrupt (the message says which)
     * @throws IOException           the file cannot be read, or ffmpeg cannot be started
     */
    public static AudioDecoder open(Path file, FfmpegLocator ffmpeg) throws IOException, InvalidAudioException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        boolean handedOver = false;
        try {
            long size = channel.size();
            if (size == 0) {
                throw new UnsupportedAudioException("empty file (0 bytes)");
            }
            byte[] head = new byte[12];
            int n = Chunks.readUpTo(channel, head, 0, head.length);
            if (n >= 4 && (Chunks.is(head, 0, "RF64") || Chunks.is(head, 0, "BW64")
                    || Chunks.is(head, 0, "RIFF") && (n < 12 || Chunks.is(head, 8, "WAVE")))) {
                AudioDecoder decoder = WavDecoder.open(channel, size);
                handedOver = true;
                return decoder;
            }
            if (n >= 4 && Chunks.is(head, 0, "FORM")
                    && (n < 12 || Chunks.is(head, 8, "AIFF") || Chunks.is(head, 8, "AIFC"))) {
                AudioDecoder decoder = AiffDecoder.open(channel, size);
                handedOver = true;
                return decoder;
            }
            long flac = flacStart(channel, size, head, n);
            if (flac >= 0) {
                return FlacDecoder.open(file, channel, size, flac, ffmpeg);
            }
            channel.close();
            return FfmpegDecoder.open(file, ffmpeg.locate());
        } finally {
            if (!handedOver) {
                channel.close();
            }
        }
    }

    /** Offset of the "fLaC" marker at the start or right after an ID3v2 tag; -1 if there is none. */
    private static long flacStart(FileChannel channel, long size, byte[] head, int n) throws IOException {
        if (n >= 4 && Chunks.is(head, 0, "fLaC")) {
            return 0;
        }
        if (n >= 10 && head[0] == 'I' && head[1] == 'D' && head[2] == '3') {
            byte[] rest = new byte[10];
            Chunks.readUpTo(channel, rest, 0, 10);
            long tagSize = 0;
            for (int i = 6; i < 10; i++) {
                if ((rest[i] & 0x80) != 0) {
                    return -1;
                }
                tagSize = tagSize << 7 | rest[i];
            }
            boolean footer = (rest[5] & 0x10) != 0;
            long start = 10 + tagSize + (footer ? 10 : 0);
            byte[] marker = new byte[4];
            if (start + 4 <= size && Chunks.readUpTo(channel, marker, start, 4) == 4 && Chunks.is(marker, 0, "fLaC")) {
                return start;
            }
        }
        return -1;
    }
}
