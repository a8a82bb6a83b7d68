package org.mixroom.engine.peak;

import org.mixroom.engine.AudioBlock;
import org.mixroom.engine.Meter;

/**
 * Sample peak, and true peak per ITU-R BS.1770-5 Annex 2 with the {@link OversamplingFilter}: the largest
 * magnitude of the samples and of the 4x over-sampled signal per channel, as linear values. The signal is
 * zero outside the file, and every interpolated point whose filter window touches the file counts (the tail
 * is flushed at the end).
 *
 * <p>Speed comes from an exact skip: a stretch of output points cannot exceed the channel's running peak
 * when the largest input magnitude under their filter windows, times the largest branch L1 norm (2.352),
 * is not above it; such stretches are not interpolated. The result is the same as without the skip.
 */
public final class TruePeakMeter implements Meter<PeakResult> {
    /** Input samples kept from the previous chunk: one filter window less the newest sample. */
    private static final int HISTORY = OversamplingFilter.BRANCH_TAPS - 1;
    /** Output points tested for the skip at a time. */
    private static final int STRETCH = 64;
    private static final int CHUNK = 64 * STRETCH;

    private final double[][] branches = OversamplingFilter.branches();
    private final double maxBranchGain;
    private final ChannelState[] channels;

    public TruePeakMeter(int channelCount) {
        double gain = 0;
        for (double[] branch : branches) {
            double l1 = 0;
            for (double tap : branch) {
                l1 += Math.abs(tap);
            }
            gain = Math.max(gain, l1);
        }
        maxBranchGain = gain;
        channels = new ChannelState[channelCount];
        for (int c = 0; c < channelCount; c++) {
            channels[c] = new ChannelState();
        }
    }

    @Override
    public void accept(AudioBlock block) {
        for (int c = 0; c < channels.length; c++) {
            acceptChannel(c, block.channel(c), block.frames());
        }
    }

    /** Feeds one channel's samples; channels are independent, so callers may run them in parallel. */
    public void acceptChannel(int channel, double[] samples, int frames) {
        ChannelState state = channels[channel];
        for (int offset = 0; offset < frames; ) {
            int n = Math.min(CHUNK - state.filled, frames - offset);
            System.arraycopy(samples, offset, state.window, HISTORY + state.filled, n);
            state.filled += n;
            offset += n;
            if (state.filled == CHUNK) {
                process(state);
            }
        }
    }

    private void process(ChannelState state) {
        double[] x = state.window;
        int end = HISTORY + state.filled;
        double samples = Magnitudes.max(x, HISTORY, end);
        state.samplePeak = Math.max(state.samplePeak, samples);
        state.peak = Math.max(state.peak, samples); // branch 0 of the interpolator is the samples themselves
        for (int start = HISTORY; start < end; start += STRETCH) {
            int count = Math.min(STRETCH, end - start);
            double reach = Magnitudes.max(x, start - HISTORY, start + count);
            if (reach * maxBranchGain > state.peak) {
                state.peak = Math.max(state.peak, interpolatedPeak(x, start, count, state.accumulator));
            }
        }
        System.arraycopy(x, end - HISTORY, x, 0, HISTORY);
        state.filled = 0;
    }

    /**
     * The largest magnitude of the interpolated points between {@code x[j-16]} and {@code x[j-15]} for the
     * {@code count} newest samples j from {@code start}; written tap-major so the inner loop vectorises.
     */
    private double interpolatedPeak(double[] x, int start, int count, double[] acc) {
        double peak = 0;
        for (double[] branch : branches) {
            java.util.Arrays.fill(acc, 0, count, 0);
            for (int m = 0; m < branch.length; m++) {
                double tap = branch[m];
                int from = start - m;
                for (int t = 0; t < count; t++) {
                    acc[t] += tap * x[from + t];
                }
            }
            peak = Math.max(peak, Magnitudes.max(acc, 0, count));
        }
        return peak;
    }

    @Override
    public PeakResult finish() {
        double[] samplePeaks = new double[channels.length];
        double[] peaks = new double[channels.length];
        for (int c = 0; c < channels.length; c++) {
            ChannelState state = channels[c];
            // Flush: zeros after the file move its last samples through the whole filter window.
            int flush = HISTORY;
            java.util.Arrays.fill(state.window, HISTORY + state.filled, HISTORY + state.filled + flush, 0);
            state.filled += flush;
            process(state);
            samplePeaks[c] = state.samplePeak;
            peaks[c] = state.peak;
        }
        return new PeakResult(samplePeaks, peaks);
    }

    private static final class ChannelState {
        /** HISTORY samples of the previous chunk, then up to CHUNK new ones; zeros before the file. */
        final double[] window = new double[HISTORY + CHUNK + HISTORY];
        final double[] accumulator = new double[STRETCH];
        int filled;
        double samplePeak;
        double peak;
    }
}
