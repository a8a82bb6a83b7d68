package org.mixroom.engine.spectrum;

import java.util.concurrent.atomic.AtomicBoolean;
import org.jtransforms.fft.DoubleFFT_1D;
import org.visnow.jlargearrays.ConcurrencyUtils;

/**
 * A real forward FFT plan of one size (JTransforms), reused for every segment of a job. JTransforms runs
 * single-threaded here: Mixroom parallelises across channels and jobs instead.
 */
final class RealFft {
    /** Size and count of the warm-up transforms (see {@link #warmUpOnce()}). */
    static final int WARM_UP_SIZE = 1024;
    static final int WARM_UP_TRANSFORMS = 10_000;
    private static final AtomicBoolean WARMED_UP = new AtomicBoolean();

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

    /**
     * Adds |A[k]|² + |B[k]|² to {@code power} and Re(A[k]·conj B[k]) to {@code cross}, k = 0..N/2, for two
     * transforms left packed by {@link #addPowerSpectrum}: with them the spectra of L ± R follow from those of L
     * and R without transforming again.
     */
    static void addPairSpectra(double[] a, double[] b, double[] power, double[] cross) {
        int half = a.length / 2;
        power[0] += a[0] * a[0] + b[0] * b[0];
        cross[0] += a[0] * b[0];
        power[half] += a[1] * a[1] + b[1] * b[1];
        cross[half] += a[1] * b[1];
        for (int k = 1; k < half; k++) {
            double reA = a[2 * k];
            double imA = a[2 * k + 1];
            double reB = b[2 * k];
            double imB = b[2 * k + 1];
            power[k] += reA * reA + imA * imA + reB * reB + imB * imB;
            cross[k] += reA * reB + imA * imB;
        }
    }

    /**
     * Runs many small transforms once per JVM before the first large one. JTransforms' recursive driver is
     * called only a few times per large transform, so HotSpot compiles it late and a short-lived analyze
     * process spends half its FFT time in the interpreter; 10 000 transforms of 1 024 points (about 70 ms)
     * get the same code paths compiled first and cut the cold cost of a 4-minute file's 700 transforms of
     * 65 536 points by about 250 ms. Results are unaffected.
     */
    static void warmUpOnce() {
        if (WARMED_UP.compareAndSet(false, true)) {
            DoubleFFT_1D small = new DoubleFFT_1D(WARM_UP_SIZE);
            double[] data = new double[WARM_UP_SIZE];
            for (int i = 0; i < WARM_UP_TRANSFORMS; i++) {
                data[i % WARM_UP_SIZE] = 1;
                small.realForward(data);
            }
        }
    }

    int size() {
        return size;
    }
}
