package org.mixroom.engine;

/**
 * A block of decoded audio: planar samples, full scale 1.0 ({@code samples[channel][frame]}), valid for
 * {@code frames} frames. The producer reuses the arrays, so a consumer copies what it wants to keep.
 */
public final class AudioBlock {
    private final double[][] samples;
    private int frames;

    public AudioBlock(int channels, int capacity) {
        if (channels < 1) {
            throw new IllegalArgumentException("a block needs at least one channel, got " + channels);
        }
        if (capacity < 1) {
            throw new IllegalArgumentException("a block needs room for at least one frame, got " + capacity);
        }
        samples = new double[channels][capacity];
    }

    public double[] channel(int index) {
        return samples[index];
    }

    public int channels() {
        return samples.length;
    }

    public int capacity() {
        return samples[0].length;
    }

    public int frames() {
        return frames;
    }

    public void setFrames(int frames) {
        if (frames < 0 || frames > capacity()) {
            throw new IllegalArgumentException("frames must lie in 0.." + capacity() + ", got " + frames);
        }
        this.frames = frames;
    }
}
