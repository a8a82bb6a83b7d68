package org.mixroom.engine.align;

import org.jtransforms.fft.DoubleFFT_1D;

/**
 * The lag at which two signals match best: the normalised cross-correlation r[k] / sqrt(Σa² · Σb²), both
 * sums over just the samples that overlap at lag k, with r[k] = Σ a[n]·b[n + k] computed by JTransforms as
 * IFFT(conj(FFT(a))·FFT(b)), zero-padded so nothing wraps around. Normalising over the overlap keeps lags
 * with more overlap, or a louder stretch, from winning by size alone.
 */
final class CrossCorrelation {
    /** Lags where less than this fraction of a overlaps b are not considered: too little to judge by. */
    static final double MIN_OVERLAP = 0.5;

    /** The best lag and its normalised correlation (1 for a perfect match, up to scale). */
    record Peak(int lag, double normalised) {
    }

    private CrossCorrelation() {
    }

    /**
     * @return the lag k in [minLag, maxLag] that best matches a[n] with b[n + k]: b's material sits k
     *     samples later than a's
     */
    static Peak best(double[] a, double[] b, int minLag, int maxLag) {
        double[] r = correlation(a, b);
        double[] energyA = cumulativeEnergy(a);
        double[] energyB = cumulativeEnergy(b);
        int bestLag = 0;
        double best = 0;
        for (int lag = minLag; lag <= maxLag; lag++) {
            // a[n] meets b[n + lag] for n in [first, last)
            int first = Math.clamp(-(long) lag, 0, a.length);
            int last = Math.clamp((long) b.length - lag, first, a.length);
            if (last - first < MIN_OVERLAP * a.length) {
                continue;
            }
            double overlapA = energyA[last] - energyA[first];
            double overlapB = energyB[last + lag] - energyB[first + lag];
            if (overlapA <= 0 || overlapB <= 0) {
                continue;
            }
            double normalised = r[Math.floorMod(lag, r.length)] / Math.sqrt(overlapA * overlapB);
            if (normalised > best) {
                best = normalised;
                bestLag = lag;
            }
        }
        return new Peak(bestLag, best);
    }

    /** r[k] for every k, negative lags wrapped to the end (r[N + k]). */
    private static double[] correlation(double[] a, double[] b) {
        int size = Integer.highestOneBit(Math.max(1, a.length + b.length - 1) * 2 - 1);
        double[] fa = new double[size];
        double[] fb = new double[size];
        System.arraycopy(a, 0, fa, 0, a.length);
        System.arraycopy(b, 0, fb, 0, b.length);
        DoubleFFT_1D fft = new DoubleFFT_1D(size);
        fft.realForward(fa);
        fft.realForward(fb);
        // conj(A)·B in JTransforms' packed layout: [Re 0, Re N/2, Re 1, Im 1, Re 2, Im 2, …]
        fa[0] *= fb[0];
        fa[1] *= fb[1];
        for (int k = 2; k < size; k += 2) {
            double re = fa[k] * fb[k] + fa[k + 1] * fb[k + 1];
            double im = fa[k] * fb[k + 1] - fa[k + 1] * fb[k];
            fa[k] = re;
            fa[k + 1] = im;
        }
        fft.realInverse(fa, true);
        return fa;
    }

    /** c[i] = Σ x[0..i)², so the energy of x[from, to) is c[to] − c[from]. */
    private static double[] cumulativeEnergy(double[] x) {
        double[] c = new double[x.length + 1];
        for (int i = 0; i < x.length; i++) {
            c[i + 1] = c[i] + x[i] * x[i];
        }
        return c;
    }
}
