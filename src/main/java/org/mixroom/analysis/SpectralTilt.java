package org.mixroom.analysis;

/**
 * Spectral tilt: the least-squares slope, in dB per octave, of the third-octave band levels against
 * log2 of the band centres, over the bands centred from {@value #LOW_HZ} Hz to {@value #HIGH_HZ} Hz
 * (analysis-spec §5 {@code tiltRangeHz}). Pink noise reads 0, white noise about +3, a dark master below
 * −4. See docs/measures.md.
 */
public final class SpectralTilt {
    static final double LOW_HZ = 100;
    static final double HIGH_HZ = 10_000;
    /** Fewer bands than this give no meaningful slope (a file sampled below 200 Hz, a near-silent one). */
    static final int MIN_BANDS = 3;

    private SpectralTilt() {
    }

    /** @return the slope in dB/octave, or null where fewer than three bands in the range have a level */
    public static Double of(double[] centresHz, Double[] levelsDb) {
        int n = 0;
        double sumX = 0, sumY = 0, sumXX = 0, sumXY = 0;
        for (int i = 0; i < centresHz.length; i++) {
            // the exact centres sit a hair off the nominal 100 Hz and 10 kHz: compare with a little slack
            if (levelsDb[i] == null || centresHz[i] < LOW_HZ * 0.99 || centresHz[i] > HIGH_HZ * 1.01) {
                continue;
            }
            double x = Math.log(centresHz[i]) / Math.log(2);
            double y = levelsDb[i];
            n++;
            sumX += x;
            sumY += y;
            sumXX += x * x;
            sumXY += x * y;
        }
        if (n < MIN_BANDS) {
            return null;
        }
        return (n * sumXY - sumX * sumY) / (n * sumXX - sumX * sumX);
    }
}
