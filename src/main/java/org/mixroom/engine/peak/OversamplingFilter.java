package org.mixroom.engine.peak;

/**
 * The 4x interpolator for true peak (BS.1770-5 Annex 2 asks for at least 4x at 48 kHz): a 129-tap
 * Kaiser-windowed sinc (β = 9) at 4·fs with its cutoff at the input Nyquist frequency, scaled so that the
 * centre tap is 1. Split into 4 polyphase branches, branch 0 is the identity (so true peak is never below
 * sample peak) and branches 1–3 have 32 taps each with DC gain 1 − 1e−5. The Annex 2 example coefficients
 * are not used: their branch DC gains are 1.0016 and 0.9730.
 */
final class OversamplingFilter {
    static final int FACTOR = 4;
    static final int TAPS = 129;
    static final double KAISER_BETA = 9;
    /** Taps per non-trivial branch. */
    static final int BRANCH_TAPS = 32;
    /** Input samples after the interpolated point that a branch reaches (half the branch length). */
    static final int LOOKAHEAD = BRANCH_TAPS / 2;

    private OversamplingFilter() {
    }

    /**
     * Branch coefficients {@code branches[p - 1][m]} for phases p = 1..3: the point p/4 of a sample period
     * after input sample i is {@code Σ_m branches[p-1][m] · x[i + 16 - m]}.
     */
    static double[][] branches() {
        double[] prototype = prototype();
        double[][] branches = new double[FACTOR - 1][BRANCH_TAPS];
        for (int p = 1; p < FACTOR; p++) {
            for (int m = 0; m < BRANCH_TAPS; m++) {
                branches[p - 1][m] = prototype[FACTOR * m + p];
            }
        }
        return branches;
    }

    static double[] prototype() {
        int centre = (TAPS - 1) / 2;
        double[] h = new double[TAPS];
        double norm = besselI0(KAISER_BETA);
        for (int n = 0; n < TAPS; n++) {
            double t = (n - centre) / (double) FACTOR;
            double sinc = t == 0 ? 1 : Math.sin(Math.PI * t) / (Math.PI * t);
            double r = (n - centre) / (double) centre;
            h[n] = sinc * besselI0(KAISER_BETA * Math.sqrt(1 - r * r)) / norm;
        }
        return h;
    }

    /** Modified Bessel function of the first kind, order 0, by its power series (converges fast for β ≤ 20). */
    static double besselI0(double x) {
        double sum = 1;
        double term = 1;
        double quarterSquare = x * x / 4;
        for (int k = 1; k < 100 && term > 1e-17 * sum; k++) {
            term *= quarterSquare / ((double) k * k);
            sum += term;
        }
        return sum;
    }
}
