package org.mixroom.engine.stereo;

import org.mixroom.engine.AlignedChunks;
import org.mixroom.engine.AudioBlock;
import org.mixroom.engine.DoubleList;
import org.mixroom.engine.Meter;

/**
 * Accumulates the sums behind {@link StereoResult} for the channels at the front left and right: over the whole
 * file, and per 100 ms segment for the correlation series (windows of {@value #WINDOW_SEGMENTS} segments, on the
 * grid of the momentary loudness series).
 */
public final class StereoMeter implements Meter<StereoResult> {
    static final int CHUNK_FRAMES = 4096;
    /** 400 ms windows: long enough to read a stable correlation, short enough to follow a section change. */
    static final int WINDOW_SEGMENTS = 4;

    private final int rate;
    private final int left;
    private final int right;
    private double sumLL;
    private double sumRR;
    private double sumLR;
    private double sumMM;
    private double sumSS;
    private final AlignedChunks chunks;
    private final AlignedChunks.Consumer kernel = this::chunk;
    /** The last {@value #WINDOW_SEGMENTS} complete segments' ΣL², ΣR², ΣLR, as a ring indexed by segment. */
    private final double[][] segments = new double[WINDOW_SEGMENTS][3];
    private final double[] current = new double[3];
    private final double[] piece = new double[5];
    private final DoubleList correlationSeries = new DoubleList();
    private long position;
    private long segment;
    private long segmentEnd;

    public StereoMeter(int sampleRate, int leftChannel, int rightChannel) {
        rate = sampleRate;
        left = leftChannel;
        right = rightChannel;
        int channels = Math.max(leftChannel, rightChannel) + 1;
        chunks = new AlignedChunks(channels, CHUNK_FRAMES);
        segmentEnd = boundary(1);
    }

    /** b_j = round(j·fs/10), an absolute sample position, so windows do not depend on block sizes. */
    private long boundary(long j) {
        return Math.round(j * (double) rate / 10);
    }

    @Override
    public void accept(AudioBlock block) {
        chunks.accept(block, kernel);
    }

    /** Sums a chunk piece by piece, splitting it where a 100 ms segment ends. */
    private void chunk(double[][] channels, int offset, int length) {
        int end = offset + length;
        for (int i = offset; i < end; ) {
            int stop = (int) Math.min(end, i + (segmentEnd - position));
            sum(channels[left], channels[right], i, stop);
            sumLL += piece[0];
            sumRR += piece[1];
            sumLR += piece[2];
            sumMM += piece[3];
            sumSS += piece[4];
            current[0] += piece[0];
            current[1] += piece[1];
            current[2] += piece[2];
            position += stop - i;
            i = stop;
            if (position == segmentEnd) {
                closeSegment();
            }
        }
    }

    /** Sums a piece in two interleaved partial sums per quantity (a fixed order, so results reproduce). */
    private void sum(double[] l, double[] r, int from, int to) {
        double ll0 = 0, rr0 = 0, lr0 = 0, mm0 = 0, ss0 = 0;
        double ll1 = 0, rr1 = 0, lr1 = 0, mm1 = 0, ss1 = 0;
        int i = from;
        for (; i + 1 < to; i += 2) {
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
        if (i < to) {
            double m = (l[i] + r[i]) / 2, s = (l[i] - r[i]) / 2;
            ll0 += l[i] * l[i];
            rr0 += r[i] * r[i];
            lr0 += l[i] * r[i];
            mm0 += m * m;
            ss0 += s * s;
        }
        piece[0] = ll0 + ll1;
        piece[1] = rr0 + rr1;
        piece[2] = lr0 + lr1;
        piece[3] = mm0 + mm1;
        piece[4] = ss0 + ss1;
    }

    private void closeSegment() {
        double[] slot = segments[(int) (segment % WINDOW_SEGMENTS)];
        System.arraycopy(current, 0, slot, 0, 3);
        java.util.Arrays.fill(current, 0);
        segment++;
        segmentEnd = boundary(segment + 1);
        if (segment < WINDOW_SEGMENTS) {
            correlationSeries.add(Double.NaN);
            return;
        }
        double ll = 0, rr = 0, lr = 0;
        for (long j = segment - WINDOW_SEGMENTS; j < segment; j++) {
            double[] s = segments[(int) (j % WINDOW_SEGMENTS)];
            ll += s[0];
            rr += s[1];
            lr += s[2];
        }
        correlationSeries.add(correlation(lr, ll, rr));
    }

    private static double correlation(double lr, double ll, double rr) {
        double denominator = Math.sqrt(ll * rr);
        return denominator > 0 ? lr / denominator : Double.NaN;
    }

    @Override
    public StereoResult finish() {
        chunks.finish(kernel);
        double sideToMid = sumSS > 0 && sumMM > 0 ? 10 * Math.log10(sumSS / sumMM) : Double.NaN;
        double balance = sumLL > 0 && sumRR > 0 ? 10 * Math.log10(sumLL / sumRR) : Double.NaN;
        return new StereoResult(correlation(sumLR, sumLL, sumRR), sideToMid, balance, correlationSeries.toArray());
    }
}
