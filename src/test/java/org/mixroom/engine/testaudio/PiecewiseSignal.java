package org.mixroom.engine.testaudio;

import java.util.ArrayList;
import java.util.List;

/**
 * A sine whose per-channel peak level changes in steps: phase-continuous over the steps (the phase follows
 * the absolute frame number), silent channels where a step says so. Step boundaries fall on
 * round(t·fs) of the accumulated time t, so steps of 20 ms or 150 ms land on exact 10 ms sub-blocks.
 */
public final class PiecewiseSignal implements Signal {
    private final int sampleRate;
    private final int channels;
    private final double frequency;
    private final List<Step> steps;
    private final long frames;

    private record Step(long end, double[] amplitudes) {
    }

    private PiecewiseSignal(int sampleRate, int channels, double frequency, List<Step> steps) {
        this.sampleRate = sampleRate;
        this.channels = channels;
        this.frequency = frequency;
        this.steps = List.copyOf(steps);
        this.frames = steps.isEmpty() ? 0 : steps.getLast().end();
    }

    public static Builder sine(double frequencyHz, int sampleRate, int channels) {
        return new Builder(frequencyHz, sampleRate, channels);
    }

    /** Peak amplitude of a level in dBFS; null or NaN means silence. */
    public static double amplitude(Double dbfs) {
        return dbfs == null || dbfs.isNaN() ? 0 : Math.pow(10, dbfs / 20);
    }

    @Override
    public int sampleRate() {
        return sampleRate;
    }

    @Override
    public int channels() {
        return channels;
    }

    @Override
    public long frames() {
        return frames;
    }

    @Override
    public void fill(long start, int count, double[][] out) {
        int step = 0;
        for (int i = 0; i < count; i++) {
            long n = start + i;
            while (steps.get(step).end() <= n) {
                step++;
            }
            double s = Math.sin(2 * Math.PI * frequency * n / sampleRate);
            double[] amplitudes = steps.get(step).amplitudes();
            for (int c = 0; c < channels; c++) {
                out[c][i] = amplitudes[c] * s;
            }
        }
    }

    public static final class Builder {
        private final double frequency;
        private final int sampleRate;
        private final int channels;
        private final List<Step> steps = new ArrayList<>();
        private double seconds;

        private Builder(double frequency, int sampleRate, int channels) {
            this.frequency = frequency;
            this.sampleRate = sampleRate;
            this.channels = channels;
        }

        /** The same peak level in every channel for {@code duration} seconds. */
        public Builder level(double duration, double dbfs) {
            double[] levels = new double[channels];
            java.util.Arrays.fill(levels, dbfs);
            return levels(duration, levels);
        }

        public Builder silence(double duration) {
            return level(duration, Double.NaN);
        }

        /** Per-channel peak levels in dBFS (NaN: silent) for {@code duration} seconds. */
        public Builder levels(double duration, double... dbfs) {
            if (dbfs.length != channels) {
                throw new IllegalArgumentException("need " + channels + " levels, got " + dbfs.length);
            }
            seconds += duration;
            double[] amplitudes = new double[channels];
            for (int c = 0; c < channels; c++) {
                amplitudes[c] = amplitude(dbfs[c]);
            }
            steps.add(new Step(Math.round(seconds * sampleRate), amplitudes));
            return this;
        }

        public PiecewiseSignal build() {
            return new PiecewiseSignal(sampleRate, channels, frequency, steps);
        }
    }
}
