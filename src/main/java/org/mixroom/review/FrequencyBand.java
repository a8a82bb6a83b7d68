package org.mixroom.review;

/** The frequency band a comment is about, in Hz: {@value #MIN_HZ} ≤ lowHz < highHz ≤ {@value #MAX_HZ}. */
public record FrequencyBand(double lowHz, double highHz) {

    public static final double MIN_HZ = 1;
    public static final double MAX_HZ = 96_000;

    public FrequencyBand {
        if (!Double.isFinite(lowHz) || !Double.isFinite(highHz) || lowHz < MIN_HZ || highHz > MAX_HZ) {
            throw new IllegalArgumentException("lowHz and highHz must lie between 1 and 96000 Hz.");
        }
        if (lowHz >= highHz) {
            throw new IllegalArgumentException("lowHz must be below highHz.");
        }
    }

    /** Both bounds or neither: a band, or null. */
    public static FrequencyBand of(Double lowHz, Double highHz) {
        if (lowHz == null && highHz == null) {
            return null;
        }
        if (lowHz == null || highHz == null) {
            throw new IllegalArgumentException("Give both lowHz and highHz for a band, or neither.");
        }
        return new FrequencyBand(lowHz, highHz);
    }
}
