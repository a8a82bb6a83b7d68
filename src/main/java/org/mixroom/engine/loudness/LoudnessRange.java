package org.mixroom.engine.loudness;

import java.util.Arrays;

/**
 * Loudness range per EBU Tech 3342: the spread between the 10th and 95th percentiles of the gated
 * short-term loudness distribution. Values in LUFS / LU; all NaN when nothing survives the gates.
 */
record LoudnessRange(double rangeLu, double lowLufs, double highLufs) {
    static final double ABSOLUTE_GATE_LUFS = -70;
    static final double RELATIVE_GATE_LU = -20;
    static final double LOW_PERCENTILE = 10;
    static final double HIGH_PERCENTILE = 95;

    /** @param shortTermLufs short-term loudness every 100 ms; NaN entries (incomplete or silent) are skipped */
    static LoudnessRange of(double[] shortTermLufs) {
        double[] kept = Arrays.stream(shortTermLufs).filter(s -> s >= ABSOLUTE_GATE_LUFS).toArray();
        if (kept.length == 0) {
            return new LoudnessRange(Double.NaN, Double.NaN, Double.NaN);
        }
        double meanPower = Arrays.stream(kept).map(s -> Math.pow(10, s / 10)).sum() / kept.length;
        double relativeGate = 10 * Math.log10(meanPower) + RELATIVE_GATE_LU;
        double[] gated = Arrays.stream(kept).filter(s -> s >= relativeGate).sorted().toArray();
        double low = percentile(gated, LOW_PERCENTILE);
        double high = percentile(gated, HIGH_PERCENTILE);
        return new LoudnessRange(high - low, low, high);
    }

    /** P(p) = v[round((n−1)·p/100 + 1)] on the ascending values, 1-based, half away from zero (Tech 3342). */
    private static double percentile(double[] ascending, double percent) {
        long index = Math.round((ascending.length - 1) * percent / 100 + 1);
        return ascending[(int) index - 1];
    }
}
