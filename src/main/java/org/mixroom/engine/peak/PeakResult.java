package org.mixroom.engine.peak;

/** Peak levels per channel in file order, as linear magnitudes (full scale 1.0). */
public record PeakResult(double[] peakPerChannel) {
    public double peak() {
        double max = 0;
        for (double p : peakPerChannel) {
            max = Math.max(max, p);
        }
        return max;
    }
}
