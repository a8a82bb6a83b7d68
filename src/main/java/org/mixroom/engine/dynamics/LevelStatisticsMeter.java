package org.mixroom.engine.dynamics;

import org.mixroom.engine.AudioBlock;
import org.mixroom.engine.Meter;
import org.mixroom.engine.SampleFormat;

/** Sums squares and values per channel and counts clipped runs, for RMS, crest factor and DC offset. */
public final class LevelStatisticsMeter implements Meter<LevelStatistics> {
    private final double[] sumSquares;
    private final double[] sums;
    private final ClipDetector[] clipDetectors;
    private long frames;

    public LevelStatisticsMeter(int channels, SampleFormat format) {
        sumSquares = new double[channels];
        sums = new double[channels];
        clipDetectors = new ClipDetector[channels];
        for (int c = 0; c < channels; c++) {
            clipDetectors[c] = new ClipDetector(format);
        }
    }

    @Override
    public void accept(AudioBlock block) {
        int n = block.frames();
        for (int c = 0; c < sums.length; c++) {
            double[] x = block.channel(c);
            // running sums, sample by sample: the result must not depend on block boundaries
            double sum = sums[c];
            double squares = sumSquares[c];
            for (int i = 0; i < n; i++) {
                sum += x[i];
                squares += x[i] * x[i];
            }
            sums[c] = sum;
            sumSquares[c] = squares;
            clipDetectors[c].accept(x, n);
        }
        frames += n;
    }

    @Override
    public LevelStatistics finish() {
        double[] meanSquares = new double[sums.length];
        double[] means = new double[sums.length];
        long runs = 0;
        for (int c = 0; c < sums.length; c++) {
            meanSquares[c] = frames == 0 ? 0 : sumSquares[c] / frames;
            means[c] = frames == 0 ? 0 : sums[c] / frames;
            runs += clipDetectors[c].runs();
        }
        return new LevelStatistics(meanSquares, means, runs);
    }
}
