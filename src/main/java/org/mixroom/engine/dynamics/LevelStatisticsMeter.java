package org.mixroom.engine.dynamics;

import org.mixroom.engine.AlignedChunks;
import org.mixroom.engine.AudioBlock;
import org.mixroom.engine.Meter;
import org.mixroom.engine.SampleFormat;
import org.mixroom.engine.peak.Magnitudes;

/** Sums squares and values per channel and counts clipped runs, for RMS, crest factor and DC offset. */
public final class LevelStatisticsMeter implements Meter<LevelStatistics> {
    static final int CHUNK_FRAMES = 4096;

    private final double[] sumSquares;
    private final double[] sums;
    private final ClipDetector[] clipDetectors;
    private final AlignedChunks chunks;
    private final AlignedChunks.Consumer kernel = this::chunk;
    private long frames;

    /** @param validBits valid bits per integer sample (clipping is judged at that depth); null for float */
    public LevelStatisticsMeter(int channels, SampleFormat format, Integer validBits) {
        sumSquares = new double[channels];
        sums = new double[channels];
        clipDetectors = new ClipDetector[channels];
        for (int c = 0; c < channels; c++) {
            clipDetectors[c] = new ClipDetector(format, validBits);
        }
        chunks = new AlignedChunks(channels, CHUNK_FRAMES);
    }

    @Override
    public void accept(AudioBlock block) {
        chunks.accept(block, kernel);
        frames += block.frames();
    }

    /** Sums a chunk in four interleaved partial sums (a fixed order, so the result is reproducible). */
    private void chunk(double[][] channels, int offset, int length) {
        int end = offset + length;
        for (int c = 0; c < sums.length; c++) {
            double[] x = channels[c];
            double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
            int i = offset;
            for (; i + 3 < end; i += 4) {
                s0 += x[i];
                s1 += x[i + 1];
                s2 += x[i + 2];
                s3 += x[i + 3];
            }
            for (; i < end; i++) {
                s0 += x[i];
            }
            sums[c] += (s0 + s1) + (s2 + s3);
            sumSquares[c] += DynamicRangeMeter.sumOfSquares(x, offset, end);
            ClipDetector clips = clipDetectors[c];
            if (clips.mayClip(Magnitudes.max(x, offset, end))) {
                clips.accept(x, offset, end);
            } else {
                clips.breakRun();
            }
        }
    }

    @Override
    public LevelStatistics finish() {
        chunks.finish(kernel);
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
