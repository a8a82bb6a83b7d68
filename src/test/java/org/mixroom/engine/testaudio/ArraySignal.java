package org.mixroom.engine.testaudio;

/** A signal held in memory, for short test signals built sample by sample (bursts, squares, noise). */
public record ArraySignal(int sampleRate, double[][] samples) implements Signal {
    @Override
    public int channels() {
        return samples.length;
    }

    @Override
    public long frames() {
        return samples[0].length;
    }

    @Override
    public void fill(long start, int count, double[][] out) {
        for (int c = 0; c < samples.length; c++) {
            System.arraycopy(samples[c], (int) start, out[c], 0, count);
        }
    }
}
