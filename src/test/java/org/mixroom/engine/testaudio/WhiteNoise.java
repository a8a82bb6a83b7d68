package org.mixroom.engine.testaudio;

import java.util.SplittableRandom;

/**
 * Uniform white noise of a given RMS, independent per channel, reproducible from its seed however it is
 * read (each channel's generator is advanced frame by frame from the start).
 */
public final class WhiteNoise implements Signal {
    private final int sampleRate;
    private final long frames;
    private final double halfWidth;
    private final SplittableRandom[] generators;
    private long position;

    public WhiteNoise(int sampleRate, int channels, long frames, double rms, long seed) {
        this.sampleRate = sampleRate;
        this.frames = frames;
        halfWidth = rms * Math.sqrt(3); // uniform on [−a, a] has RMS a/√3
        SplittableRandom root = new SplittableRandom(seed);
        generators = new SplittableRandom[channels];
        for (int c = 0; c < channels; c++) {
            generators[c] = root.split();
        }
    }

    @Override
    public int sampleRate() {
        return sampleRate;
    }

    @Override
    public int channels() {
        return generators.length;
    }

    @Override
    public long frames() {
        return frames;
    }

    /** Sequential reads only: the writer reads the signal once from the start. */
    @Override
    public void fill(long start, int count, double[][] out) {
        if (start != position) {
            throw new IllegalStateException("noise is generated in order; asked for " + start + " at " + position);
        }
        for (int c = 0; c < generators.length; c++) {
            for (int i = 0; i < count; i++) {
                out[c][i] = generators[c].nextDouble(-halfWidth, halfWidth);
            }
        }
        position += count;
    }
}
