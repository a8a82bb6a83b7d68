package org.mixroom.engine.dynamics;

/**
 * Whole-file level statistics per channel (linear): mean square, mean (DC offset), and the number of runs
 * of three or more consecutive same-sign full-scale samples (clipping).
 */
public record LevelStatistics(double[] meanSquarePerChannel, double[] dcOffsetPerChannel, long clippedSampleRuns) {
    /** Mean square over all samples of all channels. */
    public double meanSquare() {
        double sum = 0;
        for (double ms : meanSquarePerChannel) {
            sum += ms;
        }
        return sum / meanSquarePerChannel.length;
    }
}
