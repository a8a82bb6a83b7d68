package org.mixroom.engine.testaudio;

/** Steady sines summed, identical in every channel. */
public record SumOfSines(int sampleRate, int channels, long frames, double[] frequenciesHz, double[] peakDbfs)
        implements Signal {
    @Override
    public void fill(long start, int count, double[][] out) {
        for (int i = 0; i < count; i++) {
            long n = start + i;
            double sum = 0;
            for (int t = 0; t < frequenciesHz.length; t++) {
                sum += Math.pow(10, peakDbfs[t] / 20) * Math.sin(2 * Math.PI * frequenciesHz[t] * n / sampleRate);
            }
            for (int c = 0; c < channels; c++) {
                out[c][i] = sum;
            }
        }
    }
}
