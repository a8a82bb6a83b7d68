package org.mixroom.engine.decode;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * How one uncompressed sample is stored, and the conversion of interleaved bytes to doubles at full
 * scale 1.0 (analysis-spec conventions): integer PCM {@code code / 2^(b-1)} with b the storage width
 * (samples narrower than their container are left-justified, so this is exact for them too), unsigned
 * 8-bit {@code (code - 128) / 128}, float as stored, never clipped.
 *
 * <p>Each encoding has its own tight loop with the byte order fixed, so the hot path has no per-sample
 * dispatch; the scale factors are powers of two, so every conversion is exact.
 */
enum PcmEncoding {
    UNSIGNED_8(1, false),
    SIGNED_8(1, false),
    SIGNED_16_LE(2, false),
    SIGNED_16_BE(2, false),
    SIGNED_24_LE(3, false),
    SIGNED_24_BE(3, false),
    SIGNED_32_LE(4, false),
    SIGNED_32_BE(4, false),
    FLOAT_32_LE(4, true),
    FLOAT_32_BE(4, true),
    FLOAT_64_LE(8, true),
    FLOAT_64_BE(8, true);

    private static final VarHandle SHORT_LE = view(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle SHORT_BE = view(short[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle INT_LE = view(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT_BE = view(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle FLOAT_LE = view(float[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle FLOAT_BE = view(float[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle DOUBLE_LE = view(double[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle DOUBLE_BE = view(double[].class, ByteOrder.BIG_ENDIAN);

    private static final double SCALE_8 = 1.0 / (1 << 7);
    private static final double SCALE_16 = 1.0 / (1 << 15);
    private static final double SCALE_24 = 1.0 / (1 << 23);
    private static final double SCALE_32 = 1.0 / (1L << 31);

    private final int bytes;
    private final boolean isFloat;

    PcmEncoding(int bytes, boolean isFloat) {
        this.bytes = bytes;
        this.isFloat = isFloat;
    }

    /** Storage bytes per sample. */
    int bytes() {
        return bytes;
    }

    boolean isFloat() {
        return isFloat;
    }

    /** Signed integer PCM of {@code bytes} storage bytes in the given order (8-bit is signed). */
    static PcmEncoding signed(int bytes, ByteOrder order) {
        boolean le = order == ByteOrder.LITTLE_ENDIAN;
        return switch (bytes) {
            case 1 -> SIGNED_8;
            case 2 -> le ? SIGNED_16_LE : SIGNED_16_BE;
            case 3 -> le ? SIGNED_24_LE : SIGNED_24_BE;
            case 4 -> le ? SIGNED_32_LE : SIGNED_32_BE;
            default -> throw new IllegalArgumentException("no signed PCM of " + bytes + " bytes");
        };
    }

    /** IEEE float of {@code bytes} (4 or 8) storage bytes in the given order. */
    static PcmEncoding floating(int bytes, ByteOrder order) {
        boolean le = order == ByteOrder.LITTLE_ENDIAN;
        return switch (bytes) {
            case 4 -> le ? FLOAT_32_LE : FLOAT_32_BE;
            case 8 -> le ? FLOAT_64_LE : FLOAT_64_BE;
            default -> throw new IllegalArgumentException("no float of " + bytes + " bytes");
        };
    }

    /**
     * Converts one channel of {@code frames} interleaved frames.
     *
     * @param src        the bytes
     * @param pos        offset of this channel's sample in the first frame
     * @param frameBytes bytes per frame (the stride)
     * @param dst        destination
     * @param dstPos     first destination index
     * @return the index (relative to the first frame) of the first non-finite sample, or -1; always -1
     *     for integer encodings. Samples after a non-finite one may be left unconverted.
     */
    int decode(byte[] src, int pos, int frameBytes, double[] dst, int dstPos, int frames) {
        int p = pos;
        int end = dstPos + frames;
        switch (this) {
            case UNSIGNED_8 -> {
                for (int i = dstPos; i < end; i++, p += frameBytes) {
                    dst[i] = ((src[p] & 0xFF) - 128) * SCALE_8;
                }
            }
            case SIGNED_8 -> {
                for (int i = dstPos; i < end; i++, p += frameBytes) {
                    dst[i] = src[p] * SCALE_8;
                }
            }
            case SIGNED_16_LE -> {
                for (int i = dstPos; i < end; i++, p += frameBytes) {
                    dst[i] = (short) SHORT_LE.get(src, p) * SCALE_16;
                }
            }
            case SIGNED_16_BE -> {
                for (int i = dstPos; i < end; i++, p += frameBytes) {
                    dst[i] = (short) SHORT_BE.get(src, p) * SCALE_16;
                }
            }
            case SIGNED_24_LE -> {
                for (int i = dstPos; i < end; i++, p += frameBytes) {
                    dst[i] = ((src[p] & 0xFF) | (src[p + 1] & 0xFF) << 8 | src[p + 2] << 16) * SCALE_24;
                }
            }
            case SIGNED_24_BE -> {
                for (int i = dstPos; i < end; i++, p += frameBytes) {
                    dst[i] = (src[p] << 16 | (src[p + 1] & 0xFF) << 8 | (src[p + 2] & 0xFF)) * SCALE_24;
                }
            }
            case SIGNED_32_LE -> {
                for (int i = dstPos; i < end; i++, p += frameBytes) {
                    dst[i] = (int) INT_LE.get(src, p) * SCALE_32;
                }
            }
            case SIGNED_32_BE -> {
                for (int i = dstPos; i < end; i++, p += frameBytes) {
                    dst[i] = (int) INT_BE.get(src, p) * SCALE_32;
                }
            }
            case FLOAT_32_LE -> {
                for (int i = dstPos; i < end; i++, p += frameBytes) {
                    double x = (float) FLOAT_LE.get(src, p);
                    if (!Double.isFinite(x)) {
                        return i - dstPos;
                    }
                    dst[i] = x;
                }
            }
            case FLOAT_32_BE -> {
                for (int i = dstPos; i < end; i++, p += frameBytes) {
                    double x = (float) FLOAT_BE.get(src, p);
                    if (!Double.isFinite(x)) {
                        return i - dstPos;
                    }
                    dst[i] = x;
                }
            }
            case FLOAT_64_LE -> {
                for (int i = dstPos; i < end; i++, p += frameBytes) {
                    double x = (double) DOUBLE_LE.get(src, p);
                    if (!Double.isFinite(x)) {
                        return i - dstPos;
                    }
                    dst[i] = x;
                }
            }
            case FLOAT_64_BE -> {
                for (int i = dstPos; i < end; i++, p += frameBytes) {
                    double x = (double) DOUBLE_BE.get(src, p);
                    if (!Double.isFinite(x)) {
                        return i - dstPos;
                    }
                    dst[i] = x;
                }
            }
        }
        return -1;
    }

    /** Describes a non-finite value for an error message ("NaN", "+Infinity", "-Infinity"). */
    double valueAt(byte[] src, int p) {
        return switch (this) {
            case FLOAT_32_LE -> (float) FLOAT_LE.get(src, p);
            case FLOAT_32_BE -> (float) FLOAT_BE.get(src, p);
            case FLOAT_64_LE -> (double) DOUBLE_LE.get(src, p);
            case FLOAT_64_BE -> (double) DOUBLE_BE.get(src, p);
            default -> throw new IllegalStateException(this + " is not a float encoding");
        };
    }

    private static VarHandle view(Class<?> arrayClass, ByteOrder order) {
        return MethodHandles.byteArrayViewVarHandle(arrayClass, order).withInvokeExactBehavior();
    }
}
