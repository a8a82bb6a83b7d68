package org.mixroom.engine.peak;

/**
 * A near-ideal true peak for reference: 16x over-sampling by a long Kaiser-windowed sinc (±512 input samples,
 * β = 12) in double precision, evaluated around the loudest stretches of the signal. Slow and exact enough to
 * judge the production interpolator, which must stay within ±0.05 dB of it on the EBU true-peak cases.
 */
final class IdealTruePeak {
    static final int FACTOR = 16;
    static final int HALF_WIDTH = 512;
    static final double BETA = 12;
    /** Input samples either side of a loud sample that are interpolated. */
    static final int SEARCH = 64;
    /** Loud stretches examined: steady tones peak everywhere, bursts in one place. */
    static final int CANDIDATES = 8;

    private final double[][] kernels = new double[FACTOR][2 * HALF_WIDTH];

    private IdealTruePeak() {
        double i0Beta = OversamplingFilter.besselI0(BETA);
        for (int p = 1; p < FACTOR; p++) {
            for (int offset = -HALF_WIDTH + 1; offset <= HALF_WIDTH; offset++) {
                double t = (double) p / FACTOR - offset;
                double r = t / HALF_WIDTH;
                double window = OversamplingFilter.besselI0(BETA * Math.sqrt(Math.max(0, 1 - r * r))) / i0Beta;
                kernels[p][offset + HALF_WIDTH - 1] = Math.sin(Math.PI * t) / (Math.PI * t) * window;
            }
        }
    }

    static double dbtp(double[] x) {
        return 20 * Math.log10(new IdealTruePeak().peak(x));
    }

    private double peak(double[] x) {
        double peak = Magnitudes.max(x, 0, x.length);
        boolean[] examined = new boolean[x.length];
        for (int candidate = 0; candidate < CANDIDATES; candidate++) {
            int loudest = -1;
            for (int i = 0; i < x.length; i++) {
                if (!examined[i] && (loudest < 0 || Math.abs(x[i]) > Math.abs(x[loudest]))) {
                    loudest = i;
                }
            }
            if (loudest < 0) {
                break;
            }
            for (int j = Math.max(0, loudest - SEARCH); j < Math.min(x.length, loudest + SEARCH); j++) {
                examined[j] = true;
                for (int p = 1; p < FACTOR; p++) {
                    peak = Math.max(peak, Math.abs(interpolate(x, j, p)));
                }
            }
        }
        return peak;
    }

    /** The signal at j + p/16, from the input samples within ±HALF_WIDTH (zero outside the signal). */
    private double interpolate(double[] x, int j, int p) {
        double[] kernel = kernels[p];
        double sum = 0;
        for (int offset = -HALF_WIDTH + 1; offset <= HALF_WIDTH; offset++) {
            int k = j + offset;
            if (k >= 0 && k < x.length) {
                sum += x[k] * kernel[offset + HALF_WIDTH - 1];
            }
        }
        return sum;
    }
}
