package org.mixroom.engine.stereo;

import org.mixroom.engine.AlignedChunks;
import org.mixroom.engine.AudioBlock;
import org.mixroom.engine.Meter;

/** Accumulates the sums behind {@link StereoResult} for the channels at the front left and right. */
public final class StereoMeter implements Meter<StereoResult> {
    static final int CHUNK_FRAMES = 4096;

    private final int left;
    private final int right;
    private double sumLL;
    private double sumRR;
    private double sumLR;
    private double sumMM;
    private double sumSS;
    private final AlignedChunks chunks;
    private final AlignedChunks.Consumer kernel = this::chunk;

    public StereoMeter(int leftChannel, int rightChannel) {
        left = leftChannel;
        right = rightChannel;
        int channels = Math.max(leftChannel, rightChannel) + 1;
        chunks = new AlignedChunks(channels, CHUNK_FRAMES);
    }

    @Override
    public void accept(AudioBlock block) {
        chunks.accept(block, kernel);
    }

    /** Sums a chunk in two interleaved partial sums per quantity (a fixed order, so results reproduce). */
    private void chunk(double[][] channels, int offset, int length) {
        double[] l = channels[left];
        double[] r = channels[right];
        double ll0 = 0, rr0 = 0, lr0 = 0, mm0 = 0, ss0 = 0;
        double ll1 = 0, rr1 = 0, lr1 = 0, mm1 = 0, ss1 = 0;
        int end = offset + length;
        int i = offset;
        for (; i + 1 < end; i += 2) {
            double l0 = l[i], r0 = r[i], l1 = l[i + 1], r1 = r[i + 1];
            double m0 = (l0 + r0) / 2, s0 = (l0 - r0) / 2, m1 = (l1 + r1) / 2, s1 = (l1 - r1) / 2;
            ll0 += l0 * l0;
            rr0 += r0 * r0;
            lr0 += l0 * r0;
            mm0 += m0 * m0;
            ss0 += s0 * s0;
            ll1 += l1 * l1;
            rr1 += r1 * r1;
            lr1 += l1 * r1;
            mm1 += m1 * m1;
            ss1 += s1 * s1;
        }
        if (i < end) {
            double m = (l[i] + r[i]) / 2, s = (l[i] - r[i]) / 2;
            ll0 += l[i] * l[i];
            rr0 += r[i] * r[i];
            lr0 += l[i] * r[i];
            mm0 += m * m;
            ss0 += s * s;
        }
        sumLL += ll0 + ll1;
        sumRR += rr0 + rr1;
        sumLR += lr0 + lr1;
        sumMM += mm0 + mm1;
        sumSS += ss0 + ss1;
    }

    @Override
    public StereoResult finish() {
        chunks.finish(kernel);
        double denominator = Math.sqrt(sumLL * sumRR);
        double correlation = denominator > 0 ? sumLR / denominator : Double.NaN;
        double sideToMid = sumSS > 0 && sumMM > 0 ? 10 * Math.log10(sumSS / sumMM) : Double.NaN;
        double balance = sumLL > 0 && sumRR > 0 ? 10 * Math.log10(sumLL / sumRR) : Double.NaN;
        return new StereoResult(correlation, sideToMid, balance);
    }
}
