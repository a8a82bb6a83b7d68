package org.mixroom.engine.spectrum;

import org.jtransforms.fft.DoubleFFT_1D;
import org.visnow.jlargearrays.ConcurrencyUtils;

/**
 * A real forward FFT plan of one size (JTransforms), reused for every segment of a job. JTransforms runs
 * single-threaded here: Mixroom parallelises across channels and jobs instead.
 */
final class RealFft {
    static {
        ConcurrencyUtils.setNumberOfThreads(1);
    }

    private final int size;
    private final DoubleFFT_1D fft;

    RealFft(int size) {
        this.size = size;
        fft = new DoubleFFT_1D(size);
    }

    /**
     * Transforms {@code data} (length {@link #size()}) in place and adds |X[k]|² for k = 0..size/2 to
     * {@code power}. JTransforms packs a real transform as a[0] = Re X[0], a[1] = Re X[N/2], then
     * a[2k] = Re X[k], a[2k+1] = Im X[k] for 0 &lt; k &lt; N/2; this is the one place that unpacks it.
     */
    void addPowerSpectrum(double[] data, double[] power) {
        fft.realForward(data);
        power[0] += data[0] * data[0];
        power[size / 2] += data[1] * data[1];
        for (int k = 1; k < size / 2; k++) {
            double re = data[2 * k];
            double im = data[2 * k + 1];
            power[k] += re * re + im * im;
        }
    }

    int size() {
        return size;
    }
}
