package org.mixroom.engine.peak;

/** Sample peak and true peak per channel in file order, as linear magnitudes (full scale 1.0). */
public record PeakResult(double[] samplePeakPerChannel, double[] truePeakPerChannel) {
    public double samplePeak() {
        return largest(samplePeakPerChannel);
    }

    public double truePeak() {
        return largest(truePeakPerChannel);
    }

    private static double largest(double[] values) {
        double max = 0;
        for (double value : values) {
            max = Math.max(max, value);
        }
        return max;
    }
}
