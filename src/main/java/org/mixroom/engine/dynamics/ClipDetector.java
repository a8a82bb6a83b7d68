package org.mixroom.engine.dynamics;

import org.mixroom.engine.SampleFormat;

/**
 * Counts clipping in one channel: runs of at least {@value #MIN_RUN} consecutive full-scale samples of the
 * same sign. Full scale is the extreme integer code at the file's valid bit depth (20-bit audio in a 24-bit
 * container clips at the 20-bit codes), or a magnitude of 1.0 or more for float and decoded lossy audio.
 */
final class ClipDetector {
    static final int MIN_RUN = 3;

    private final double positiveFullScale;
    private final double negativeFullScale;
    private int runSign;
    private int runLength;
    private long runs;

    /** @param validBits the valid bits per sample; null means the whole storage width */
    ClipDetector(SampleFormat format, Integer validBits) {
        boolean integer = !format.isFloat() && format != SampleFormat.LOSSY;
        int bits = validBits != null && validBits > 0 && validBits <= format.bits() ? validBits : format.bits();
        double scale = integer ? Math.pow(2, bits - 1) : 1;
        positiveFullScale = integer ? (scale - 1) / scale : 1;
        negativeFullScale = -1;
    }

    /** False when no sample of a stretch with this peak magnitude can be full scale. */
    boolean mayClip(double peakMagnitude) {
        return peakMagnitude >= Math.min(positiveFullScale, -negativeFullScale);
    }

    /** A stretch without full-scale samples ends any run. */
    void breakRun() {
        runSign = 0;
        runLength = 0;
    }

    void accept(double[] x, int from, int to) {
        for (int i = from; i < to; i++) {
            double v = x[i];
            int sign = v >= positiveFullScale ? 1 : v <= negativeFullScale ? -1 : 0;
            if (sign != 0 && sign == runSign) {
                runLength++;
            } else {
                runSign = sign;
                runLength = sign == 0 ? 0 : 1;
            }
            if (runLength == MIN_RUN) {
                runs++;
            }
        }
    }

    long runs() {
        return runs;
    }
}
