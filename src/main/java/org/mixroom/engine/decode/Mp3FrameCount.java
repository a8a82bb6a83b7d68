package org.mixroom.engine.decode;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.OptionalLong;

/**
 * The length an MP3 file declares in the info frame at its start (Xing/Info as LAME writes it, or VBRI):
 * frames × samples per frame. ffmpeg decodes a cut-off MP3 to its end without an error, so this is how a
 * truncated upload is told from a complete one.
 */
final class Mp3FrameCount {
    private static final int ID3_HEADER = 10;
    /** How far past the ID3 tag the first frame is looked for. */
    private static final int SEARCH_BYTES = 8192;
    private static final int XING_FRAMES_FLAG = 1;

    private Mp3FrameCount() {
    }

    /** Samples per channel the info frame declares, before encoder delay and padding are removed. */
    static OptionalLong declaredSamples(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer head = read(channel, 0, ID3_HEADER);
            long start = 0;
            if (head.limit() == ID3_HEADER && head.get(0) == 'I' && head.get(1) == 'D' && head.get(2) == '3') {
                long size = (head.get(6) & 0x7F) << 21 | (head.get(7) & 0x7F) << 14 | (head.get(8) & 0x7F) << 7
                        | head.get(9) & 0x7F;
                boolean footer = (head.get(5) & 0x10) != 0;
                start = ID3_HEADER + size + (footer ? ID3_HEADER : 0);
            }
            return declaredSamples(read(channel, start, SEARCH_BYTES));
        }
    }

    static OptionalLong declaredSamples(ByteBuffer bytes) {
        for (int at = 0; at + 4 <= bytes.limit(); at++) {
            FrameHeader header = FrameHeader.at(bytes, at);
            if (header != null) {
                long frames = infoFrames(bytes, at, header);
                return frames > 0 ? OptionalLong.of(frames * header.samplesPerFrame()) : OptionalLong.empty();
            }
        }
        return OptionalLong.empty();
    }

    /** The frame count of a Xing/Info or VBRI tag in the frame at {@code at}; -1 if it has none. */
    private static long infoFrames(ByteBuffer bytes, int at, FrameHeader header) {
        int xing = at + 4 + header.sideInfoBytes();
        if ((is(bytes, xing, "Xing") || is(bytes, xing, "Info")) && xing + 12 <= bytes.limit()
                && (bytes.getInt(xing + 4) & XING_FRAMES_FLAG) != 0) {
            return Integer.toUnsignedLong(bytes.getInt(xing + 8));
        }
        int vbri = at + 4 + 32; // VBRI sits 32 bytes after the header in every MPEG version
        if (is(bytes, vbri, "VBRI") && vbri + 18 <= bytes.limit()) {
            return Integer.toUnsignedLong(bytes.getInt(vbri + 14));
        }
        return -1;
    }

    private static boolean is(ByteBuffer bytes, int at, String tag) {
        if (at + 4 > bytes.limit()) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            if (bytes.get(at + i) != tag.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining() && channel.read(buffer, position + buffer.position()) > 0) {
            // read until full or the end of the file
        }
        return buffer.flip();
    }

    /** An MPEG audio Layer III frame header (ISO/IEC 11172-3, 13818-3 and the MPEG 2.5 extension). */
    private record FrameHeader(boolean mpeg1, boolean mono) {
        static FrameHeader at(ByteBuffer bytes, int at) {
            int b1 = bytes.get(at + 1) & 0xFF;
            int b2 = bytes.get(at + 2) & 0xFF;
            int b3 = bytes.get(at + 3) & 0xFF;
            boolean sync = (bytes.get(at) & 0xFF) == 0xFF && (b1 & 0xE0) == 0xE0;
            int version = b1 >> 3 & 3; // 3: MPEG 1, 2: MPEG 2, 0: MPEG 2.5, 1: reserved
            int layer = b1 >> 1 & 3; // 1: Layer III
            int bitrate = b2 >> 4;
            int rate = b2 >> 2 & 3;
            if (!sync || version == 1 || layer != 1 || bitrate == 0 || bitrate == 15 || rate == 3) {
                return null;
            }
            return new FrameHeader(version == 3, (b3 >> 6) == 3);
        }

        int samplesPerFrame() {
            return mpeg1 ? 1152 : 576;
        }

        int sideInfoBytes() {
            return mpeg1 ? (mono ? 17 : 32) : (mono ? 9 : 17);
        }
    }
}
