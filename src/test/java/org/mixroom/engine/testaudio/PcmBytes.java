package org.mixroom.engine.testaudio;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Sample encoders shared by the test writers: integer PCM rounded without dither and clamped, left-justified
 * in its storage bytes; float as stored.
 */
public final class PcmBytes {
    /** How one sample is stored. */
    public enum Kind { UNSIGNED, SIGNED, FLOAT }

    private PcmBytes() {
    }

    /**
     * Writes every frame of {@code signal} interleaved.
     *
     * @param validBits integer bits actually used (≤ 8·bytes); ignored for float
     */
    public static void write(OutputStream out, Signal signal, Kind kind, int bytes, int validBits, ByteOrder order)
            throws IOException {
        int channels = signal.channels();
        int chunk = 4096;
        double[][] block = new double[channels][chunk];
        ByteBuffer buffer = ByteBuffer.allocate(chunk * channels * bytes).order(order);
        for (long start = 0; start < signal.frames(); start += chunk) {
            int n = (int) Math.min(chunk, signal.frames() - start);
            signal.fill(start, n, block);
            buffer.clear();
            for (int i = 0; i < n; i++) {
                for (int c = 0; c < channels; c++) {
                    put(buffer, block[c][i], kind, bytes, validBits);
                }
            }
            out.write(buffer.array(), 0, buffer.position());
        }
    }

    /** The stored integer of {@code x}: rounded to {@code validBits}, clamped, shifted to the top of the bytes. */
    public static long code(double x, int bytes, int validBits) {
        double scale = Math.pow(2, validBits - 1);
        long code = Math.max(-(long) scale, Math.min((long) scale - 1, Math.round(x * scale)));
        return code << (8 * bytes - validBits);
    }

    /** The value a decoder must return for {@code x} stored as integer PCM of {@code validBits}. */
    public static double quantized(double x, int bytes, int validBits) {
        return code(x, bytes, validBits) / Math.pow(2, 8 * bytes - 1);
    }

    private static void put(ByteBuffer buffer, double x, Kind kind, int bytes, int validBits) {
        if (kind == Kind.FLOAT) {
            if (bytes == 4) {
                buffer.putFloat((float) x);
            } else {
                buffer.putDouble(x);
            }
            return;
        }
        long code = code(x, bytes, validBits);
        if (kind == Kind.UNSIGNED) {
            code += 1L << (8 * bytes - 1);
        }
        boolean little = buffer.order() == ByteOrder.LITTLE_ENDIAN;
        for (int b = 0; b < bytes; b++) {
            int shift = 8 * (little ? b : bytes - 1 - b);
            buffer.put((byte) (code >> shift));
        }
    }
}
