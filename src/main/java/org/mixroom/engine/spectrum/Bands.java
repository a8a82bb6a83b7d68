package org.mixroom.engine.spectrum;

/**
 * Fractional-octave band grids on base-ten frequencies (IEC 61260 / ISO 266 centres) and the band power of
 * a one-sided power spectrum.
 */
public final class Bands {
    /** Third-octave centres 1000·10^(k/10), k = −17…13: 19.95 Hz to 19.95 kHz. */
    static final int THIRD_OCTAVE_FIRST = -17;
    static final int THIRD_OCTAVE_LAST = 13;
    /** Long-term spectrum points 1000·10^(k/80), k = −136…104, every 8th a third-octave centre. */
    static final int LONG_TERM_FIRST = -136;
    static final int LONG_TERM_LAST = 104;

    private Bands() {
    }

    public static double[] thirdOctaveCenters() {
        return centres(THIRD_OCTAVE_FIRST, THIRD_OCTAVE_LAST, 10);
    }

    public static double[] longTermCenters() {
        return centres(LONG_TERM_FIRST, LONG_TERM_LAST, 80);
    }

    private static double[] centres(int first, int last, int perDecade) {
        double[] f = new double[last - first + 1];
        for (int k = first; k <= last; k++) {
            f[k - first] = 1000 * Math.pow(10, (double) k / perDecade);
        }
        return f;
    }

    /**
     * Band levels (dB) of the bands centred at {@code centres} with edges centre·10^(±1/(2·perDecade)).
     *
     * @param power one-sided power per bin (P[k], bins k·Δf for k = 0..N/2), summing to the mean square
     */
    static double[] levels(double[] power, double binWidthHz, double[] centres, int perDecade) {
        double halfBand = Math.pow(10, 0.5 / perDecade);
        double nyquist = (power.length - 1) * binWidthHz;
        double[] levels = new double[centres.length];
        for (int b = 0; b < centres.length; b++) {
            double bandPower = bandPower(power, binWidthHz, centres[b] / halfBand, Math.min(centres[b] * halfBand, nyquist));
            levels[b] = bandPower > 0 ? 10 * Math.log10(bandPower) : Double.NaN;
        }
        return levels;
    }

    /** Σ P[k] × the fraction of bin k's interval [(k−½)Δf, (k+½)Δf) inside [low, high). */
    static double bandPower(double[] power, double binWidthHz, double low, double high) {
        if (low >= high) {
            return 0;
        }
        int first = Math.max(0, (int) Math.floor(low / binWidthHz + 0.5));
        int last = Math.min(power.length - 1, (int) Math.ceil(high / binWidthHz + 0.5));
        double sum = 0;
        for (int k = first; k <= last; k++) {
            double binLow = (k - 0.5) * binWidthHz;
            double overlap = Math.min(high, binLow + binWidthHz) - Math.max(low, binLow);
            if (overlap > 0) {
                sum += power[k] * overlap / binWidthHz;
            }
        }
        return sum;
    }
}
