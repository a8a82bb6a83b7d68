package org.mixroom.engine.testaudio;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes test signals as AIFF or AIFC: integer PCM left-justified and rounded without dither, float as
 * stored; the sample rate as an 80-bit extended number.
 */
public final class AiffWriter {
    private AiffWriter() {
    }

    /** AIFF (big-endian signed PCM) of {@code sampleSize} bits, 1 to 32. */
    public static Path writeAiff(Path file, Signal signal, int sampleSize) throws IOException {
        return write(file, signal, null, sampleSize, 0, 0);
    }

    /**
     * AIFC with the given compression type: NONE, twos, sowt (integer, {@code sampleSize} bits), in24, in32,
     * 42ni, fl32, FL32, fl64 or FL64.
     */
    public static Path writeAifc(Path file, Signal signal, String compression, int sampleSize) throws IOException {
        return write(file, signal, compression, sampleSize, 0, 0);
    }

    /**
     * Any of the above with an SSND offset (that many zero bytes before the first frame) and block size;
     * {@code compression} null writes AIFF.
     */
    public static Path write(Path file, Signal signal, String compression, int sampleSize, int ssndOffset,
                             int ssndBlockSize) throws IOException {
        boolean aifc = compression != null;
        String type = aifc ? compression : "NONE";
        PcmBytes.Kind kind = type.equalsIgnoreCase("fl32") || type.equalsIgnoreCase("fl64")
                ? PcmBytes.Kind.FLOAT : PcmBytes.Kind.SIGNED;
        int bytes = switch (type) {
            case "fl32", "FL32", "in32", "42ni" -> 4;
            case "fl64", "FL64" -> 8;
            case "in24" -> 3;
            default -> (sampleSize + 7) / 8;
        };
        int validBits = kind == PcmBytes.Kind.FLOAT ? bytes * 8 : switch (type) {
            case "in24" -> 24;
            case "in32", "42ni" -> 32;
            default -> sampleSize;
        };
        ByteOrder order = type.equals("sowt") || type.equals("42ni") ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        int channels = signal.channels();
        long dataBytes = signal.frames() * channels * bytes;
        int commSize = aifc ? 18 + 4 + 2 : 18;
        long ssndSize = 8 + ssndOffset + dataBytes;
        long formSize = 4 + (aifc ? 12 : 0) + 8 + commSize + 8 + ssndSize + (ssndSize & 1);

        ByteBuffer header = ByteBuffer.allocate(128 + ssndOffset).order(ByteOrder.BIG_ENDIAN);
        header.put(ascii("FORM")).putInt((int) formSize).put(ascii(aifc ? "AIFC" : "AIFF"));
        if (aifc) {
            header.put(ascii("FVER")).putInt(4).putInt(0xA2805140);
        }
        header.put(ascii("COMM")).putInt(commSize).putShort((short) channels).putInt((int) signal.frames())
                .putShort((short) (kind == PcmBytes.Kind.FLOAT ? bytes * 8 : validBits));
        putExtended(header, signal.sampleRate());
        if (aifc) {
            header.put(ascii(type)).put((byte) 0).put((byte) 0); // empty Pascal name, padded to even
        }
        header.put(ascii("SSND")).putInt((int) ssndSize).putInt(ssndOffset).putInt(ssndBlockSize);
        header.put(new byte[ssndOffset]);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(header.array(), 0, header.position());
            PcmBytes.write(out, signal, kind, bytes, validBits, order);
            if ((ssndSize & 1) != 0) {
                out.write(0);
            }
        }
        return file;
    }

    /** A positive integer as an 80-bit IEEE extended number (AIFF's sample rate field). */
    public static void putExtended(ByteBuffer out, long value) {
        int msb = 63 - Long.numberOfLeadingZeros(value);
        out.putShort((short) (16383 + msb)).putLong(value << (63 - msb));
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
