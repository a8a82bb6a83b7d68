package org.mixroom.engine.spectrum;

/** Analysis windows. */
final class Windows {
    private Windows() {
    }

    /** The periodic Hann window of the given length (the DFT-even form used for spectral averaging). */
    static double[] periodicHann(int length) {
        double[] w = new double[length];
        for (int n = 0; n < length; n++) {
            w[n] = 0.5 - 0.5 * Math.cos(2 * Math.PI * n / length);
        }
        return w;
    }

    static double sumOfSquares(double[] w) {
        double sum = 0;
        for (double v : w) {
            sum += v * v;
        }
        return sum;
    }
}
