package org.mixroom.engine.dynamics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mixroom.engine.AlignedChunks;
import org.mixroom.engine.AudioBlock;
import org.mixroom.engine.Meter;
import org.mixroom.engine.peak.Magnitudes;

/**
 * The TT DR score ("Measuring DR" v1.3, Pleasurize Music Foundation): per channel, 3 s blocks give an
 * RMS of sqrt(2·mean x²) (a sine's RMS equals its peak) and a peak; DR is the second-largest block peak
 * over the quadratic mean RMS of the loudest 20 % of blocks, in dB. The score is the mean over channels.
 */
public final class DynamicRangeMeter implements Meter<DynamicRangeResult> {
    static final double BLOCK_SECONDS = 3;
    /** At 44.1 kHz the TT meter's blocks are 3 × 44 160 samples, not 3 × 44 100. */
    static final int CD_RATE = 44_100;
    static final int CD_BLOCK_RATE = 44_160;
    static final double LOUDEST_FRACTION = 0.2;

    private final boolean[] included;
    private final int blockLength;
    private final double[] blockSquares;
    private final double[] blockPeaks;
    private final List<double[]> finishedSquares = new ArrayList<>();
    private final List<double[]> finishedPeaks = new ArrayList<>();
    private final AlignedChunks chunks;
    private final AlignedChunks.Consumer kernel = this::chunk;
    private int filled;

    /** @param included channels that take part (LFE does not) */
    public DynamicRangeMeter(int sampleRate, boolean[] included) {
        this.included = included.clone();
        blockLength = (int) Math.round(BLOCK_SECONDS * (sampleRate == CD_RATE ? CD_BLOCK_RATE : sampleRate));
        blockSquares = new double[included.length];
        blockPeaks = new double[included.length];
        chunks = new AlignedChunks(included.length, LevelStatisticsMeter.CHUNK_FRAMES);
    }

    @Override
    public void accept(AudioBlock block) {
        chunks.accept(block, kernel);
    }

    private void chunk(double[][] channels, int offset, int length) {
        int end = offset + length;
        while (offset < end) {
            int n = Math.min(blockLength - filled, end - offset);
            for (int c = 0; c < included.length; c++) {
                blockSquares[c] += sumOfSquares(channels[c], offset, offset + n);
                blockPeaks[c] = Math.max(blockPeaks[c], Magnitudes.max(channels[c], offset, offset + n));
            }
            filled += n;
            offset += n;
            if (filled == blockLength) {
                closeBlock();
            }
        }
    }

    /** Σx² in four interleaved partial sums, a fixed order within the aligned chunk. */
    static double sumOfSquares(double[] x, int from, int to) {
        double q0 = 0, q1 = 0, q2 = 0, q3 = 0;
        int i = from;
        for (; i + 3 < to; i += 4) {
            q0 += x[i] * x[i];
            q1 += x[i + 1] * x[i + 1];
            q2 += x[i + 2] * x[i + 2];
            q3 += x[i + 3] * x[i + 3];
        }
        for (; i < to; i++) {
            q0 += x[i] * x[i];
        }
        return (q0 + q1) + (q2 + q3);
    }

    private void closeBlock() {
        double[] rms = new double[included.length];
        for (int c = 0; c < rms.length; c++) {
            rms[c] = Math.sqrt(2 * blockSquares[c] / filled);
        }
        finishedSquares.add(rms);
        finishedPeaks.add(blockPeaks.clone());
        Arrays.fill(blockSquares, 0);
        Arrays.fill(blockPeaks, 0);
        filled = 0;
    }

    @Override
    public DynamicRangeResult finish() {
        chunks.finish(kernel);
        if (filled > 0) {
            closeBlock();
        }
        int blocks = finishedSquares.size();
        if (blocks == 0) {
            return DynamicRangeResult.UNDEFINED;
        }
        int loudest = Math.max(1, (int) Math.floor(LOUDEST_FRACTION * blocks));
        double sum = 0;
        int counted = 0;
        for (int c = 0; c < included.length; c++) {
            if (!included[c]) {
                continue;
            }
            double[] rms = new double[blocks];
            double[] peaks = new double[blocks];
            for (int b = 0; b < blocks; b++) {
                rms[b] = finishedSquares.get(b)[c];
                peaks[b] = finishedPeaks.get(b)[c];
            }
            Arrays.sort(rms);
            Arrays.sort(peaks);
            double topSquares = 0;
            for (int b = blocks - loudest; b < blocks; b++) {
                topSquares += rms[b] * rms[b];
            }
            if (topSquares == 0) {
                continue; // a silent channel has no DR; the TT meters count it as 0, Mixroom leaves it out
            }
            double secondPeak = peaks[Math.max(0, blocks - 2)];
            sum += 20 * Math.log10(secondPeak / Math.sqrt(topSquares / loudest));
            counted++;
        }
        return counted == 0 ? DynamicRangeResult.UNDEFINED : new DynamicRangeResult(sum / counted);
    }
}
