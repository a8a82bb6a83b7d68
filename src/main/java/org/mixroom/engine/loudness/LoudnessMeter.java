package org.mixroom.engine.loudness;

import org.mixroom.engine.AudioBlock;
import org.mixroom.engine.DoubleList;
import org.mixroom.engine.Meter;

/**
 * Momentary, short-term and integrated loudness and loudness range, from K-weighted channel powers summed
 * per 10 ms sub-block. Sub-block k ends at {@code round(k·fs/100)}, so every window boundary falls on the
 * same sample whatever the block size the decoder delivers.
 */
public final class LoudnessMeter implements Meter<LoudnessResult> {
    /** BS.1770-5 eq. 2: the constant that cancels the K-filter's gain at 997 Hz. */
    static final double LOUDNESS_OFFSET = -0.691;
    static final int MOMENTARY_SUB_BLOCKS = 40;
    static final int SHORT_TERM_SUB_BLOCKS = 300;
    /** Series entries and gating blocks every 100 ms (75 % overlap of 400 ms gating blocks). */
    static final int SERIES_STEP_SUB_BLOCKS = 10;

    private final long sampleRate;
    private final double[] weights;
    /** One filter per pair of channels (channel 2p and 2p+1; an odd last channel pairs with silence). */
    private final KFilter[] filters;
    /** Running K-weighted energy of the current sub-block, per channel, padded to an even count. */
    private final double[] channelEnergy;
    private final double[] pairEnergy = new double[2];
    private double[] silence = new double[0];
    /** Weighted energy Σ G_i Σ y_i² of the last sub-blocks, a ring indexed by sub-block number. */
    private final double[] subBlockEnergy = new double[SHORT_TERM_SUB_BLOCKS];
    private final DoubleList momentary = new DoubleList();
    private final DoubleList shortTerm = new DoubleList();
    private final DoubleList gatingBlockPowers = new DoubleList();
    private long position;
    private long completedSubBlocks;
    private long nextBoundary;
    private double maxMomentaryPower = Double.NaN;
    private double maxShortTermPower = Double.NaN;
    private SubBlockListener listener = (k, m, st) -> { };

    /** Receives momentary and short-term loudness at every 10 ms sub-block boundary. */
    @FunctionalInterface
    public interface SubBlockListener {
        /** @param k the sub-block number; the windows end at sample round(k·fs/100) */
        void windowsEnded(long k, double momentaryLufs, double shortTermLufs);
    }

    /**
     * @param weights channel weights G_i of BS.1770-5 Table 3 (0 leaves a channel out, as for LFE)
     */
    public LoudnessMeter(int sampleRate, double[] weights) {
        this.sampleRate = sampleRate;
        this.weights = weights.clone();
        Biquad shelf = KWeighting.shelf(sampleRate);
        Biquad highPass = KWeighting.highPass(sampleRate);
        filters = new KFilter[(weights.length + 1) / 2];
        for (int p = 0; p < filters.length; p++) {
            filters[p] = new KFilter(shelf, highPass);
        }
        channelEnergy = new double[2 * filters.length];
        nextBoundary = boundary(1);
    }

    /** Reports the full 10 ms series to {@code listener} as it is measured (the JSON keeps every 10th). */
    public LoudnessMeter onSubBlock(SubBlockListener listener) {
        this.listener = listener;
        return this;
    }

    @Override
    public void accept(AudioBlock block) {
        int frames = block.frames();
        int offset = 0;
        while (offset < frames) {
            int length = (int) Math.min(frames - offset, nextBoundary - position);
            for (int p = 0; p < filters.length; p++) {
                int a = 2 * p;
                pairEnergy[0] = channelEnergy[a];
                pairEnergy[1] = channelEnergy[a + 1];
                filters[p].filterEnergy(block.channel(a), a + 1 < weights.length ? block.channel(a + 1)
                        : silence(block.capacity()), offset, length, pairEnergy);
                channelEnergy[a] = pairEnergy[0];
                channelEnergy[a + 1] = pairEnergy[1];
            }
            offset += length;
            position += length;
            if (position == nextBoundary) {
                completeSubBlock();
            }
        }
    }

    private double[] silence(int length) {
        if (silence.length < length) {
            silence = new double[length];
        }
        return silence;
    }

    private void completeSubBlock() {
        double energy = 0;
        for (int c = 0; c < weights.length; c++) {
            energy += weights[c] * channelEnergy[c];
        }
        java.util.Arrays.fill(channelEnergy, 0);
        long k = ++completedSubBlocks;
        subBlockEnergy[(int) (k % SHORT_TERM_SUB_BLOCKS)] = energy;
        nextBoundary = boundary(k + 1);

        double momentaryPower = windowPower(k, MOMENTARY_SUB_BLOCKS);
        double shortTermPower = windowPower(k, SHORT_TERM_SUB_BLOCKS);
        maxMomentaryPower = max(maxMomentaryPower, momentaryPower);
        maxShortTermPower = max(maxShortTermPower, shortTermPower);
        listener.windowsEnded(k, loudness(momentaryPower), loudness(shortTermPower));
        if (k % SERIES_STEP_SUB_BLOCKS == 0) {
            momentary.add(loudness(momentaryPower));
            shortTerm.add(loudness(shortTermPower));
            if (k >= MOMENTARY_SUB_BLOCKS) {
                gatingBlockPowers.add(momentaryPower);
            }
        }
    }

    /** Mean weighted power of the window of {@code width} sub-blocks ending at sub-block k; NaN if incomplete. */
    private double windowPower(long k, int width) {
        if (k < width) {
            return Double.NaN;
        }
        double energy = 0;
        for (long j = k - width + 1; j <= k; j++) {
            energy += subBlockEnergy[(int) (j % SHORT_TERM_SUB_BLOCKS)];
        }
        return energy / (boundary(k) - boundary(k - width));
    }

    /** Sub-block boundary b_k = round(k·fs/100), in exact integer arithmetic. */
    private long boundary(long k) {
        return (k * sampleRate + 50) / 100;
    }

    private static double max(double current, double candidate) {
        return Double.isNaN(current) || candidate > current ? candidate : current;
    }

    static double loudness(double power) {
        return power > 0 ? LOUDNESS_OFFSET + 10 * Math.log10(power) : Double.NaN;
    }

    @Override
    public LoudnessResult finish() {
        double[] shortTermSeries = shortTerm.toArray();
        LoudnessRange range = LoudnessRange.of(shortTermSeries);
        return new LoudnessResult(Gating.integratedLoudness(gatingBlockPowers), range.rangeLu(), range.lowLufs(),
                range.highLufs(), loudness(maxMomentaryPower), loudness(maxShortTermPower), momentary.toArray(),
                shortTermSeries);
    }
}
