package org.mixroom.engine.peak;

import org.mixroom.engine.testaudio.ArraySignal;

/** The stereo signals of EBU Tech 3341 cases 15–23: 3.2 s with 100 ms linear fades in and out. */
final class TruePeakSignals {
    static final double SECONDS = 3.2;
    static final double FADE_SECONDS = 0.1;

    private TruePeakSignals() {
    }

    /** A sine at {@code fs / divisor} of peak amplitude {@code 10^(dbfs/20)} starting at {@code phaseDegrees}. */
    static ArraySignal sine(int sampleRate, int divisor, double dbfs, double phaseDegrees) {
        int frames = (int) Math.round(SECONDS * sampleRate);
        double amplitude = Math.pow(10, dbfs / 20);
        double phase = Math.toRadians(phaseDegrees);
        double[] x = new double[frames];
        for (int n = 0; n < frames; n++) {
            x[n] = amplitude * Math.sin(2 * Math.PI * n / divisor + phase);
        }
        fade(x, (int) Math.round(FADE_SECONDS * sampleRate));
        return new ArraySignal(sampleRate, new double[][] {x, x.clone()});
    }

    /**
     * Cases 20–23: at 4·fs, a sine at fs/6 of amplitude −6 dBFS with one period of fs/4 at full scale
     * inserted at an upward zero crossing mid-file (the sine then resumes in phase); faded, low-passed with a
     * 385-tap Kaiser (β = 10) windowed sinc with cutoff 0.45·fs, and decimated by 4 from {@code offset}.
     */
    static ArraySignal burst(int sampleRate, int offset) {
        int factor = 4;
        int period = 6 * factor; // fs/6 at 4·fs
        int burstLength = 4 * factor; // one period of fs/4 at 4·fs
        int frames = (int) Math.round(SECONDS * sampleRate) * factor;
        int insertAt = frames / 2 / period * period; // an upward zero crossing of the fs/6 sine
        double amplitude = Math.pow(10, -6.0 / 20);
        double[] fine = new double[frames + burstLength];
        for (int n = 0; n < fine.length; n++) {
            if (n < insertAt) {
                fine[n] = amplitude * Math.sin(2 * Math.PI * n / period);
            } else if (n < insertAt + burstLength) {
                fine[n] = Math.sin(2 * Math.PI * (n - insertAt) / burstLength);
            } else {
                fine[n] = amplitude * Math.sin(2 * Math.PI * (n - burstLength) / period);
            }
        }
        fade(fine, (int) Math.round(FADE_SECONDS * sampleRate * factor));
        double[] filtered = lowPass(fine, 0.45 / factor, 385, 10);
        double[] x = new double[(filtered.length - offset + factor - 1) / factor];
        for (int i = 0; i < x.length; i++) {
            x[i] = filtered[offset + factor * i];
        }
        return new ArraySignal(sampleRate, new double[][] {x, x.clone()});
    }

    /** Linear fade-in and fade-out over {@code length} samples. */
    private static void fade(double[] x, int length) {
        for (int n = 0; n < length; n++) {
            double gain = (double) n / length;
            x[n] *= gain;
            x[x.length - 1 - n] *= gain;
        }
    }

    /** Zero-phase FIR low-pass: Kaiser-windowed sinc with cutoff {@code cutoff} (cycles per sample). */
    private static double[] lowPass(double[] x, double cutoff, int taps, double beta) {
        int centre = taps / 2;
        double[] h = new double[taps];
        for (int n = 0; n < taps; n++) {
            double t = n - centre;
            double sinc = t == 0 ? 1 : Math.sin(2 * Math.PI * cutoff * t) / (2 * Math.PI * cutoff * t);
            double r = t / centre;
            h[n] = 2 * cutoff * sinc * OversamplingFilter.besselI0(beta * Math.sqrt(1 - r * r))
                    / OversamplingFilter.besselI0(beta);
        }
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double sum = 0;
            for (int k = Math.max(0, i + centre - x.length + 1); k < taps && i + centre - k >= 0; k++) {
                sum += h[k] * x[i + centre - k];
            }
            y[i] = sum;
        }
        return y;
    }
}
