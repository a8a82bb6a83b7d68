package org.mixroom.engine.peak;

import org.mixroom.engine.AudioBlock;
import org.mixroom.engine.Meter;

/** The largest sample magnitude per channel; float overs are kept as they are. */
public final class SamplePeakMeter implements Meter<PeakResult> {
    private final double[] peaks;

    public SamplePeakMeter(int channels) {
        peaks = new double[channels];
    }

    @Override
    public void accept(AudioBlock block) {
        for (int c = 0; c < peaks.length; c++) {
            peaks[c] = Math.max(peaks[c], maxMagnitude(block.channel(c), 0, block.frames()));
        }
    }

    /** The largest |x[i]| for i in [from, to); four running maxima keep the CPU's pipelines busy. */
    public static double maxMagnitude(double[] x, int from, int to) {
        double m0 = 0;
        double m1 = 0;
        double m2 = 0;
        double m3 = 0;
        int i = from;
        for (; i + 3 < to; i += 4) {
            m0 = Math.max(m0, Math.abs(x[i]));
            m1 = Math.max(m1, Math.abs(x[i + 1]));
            m2 = Math.max(m2, Math.abs(x[i + 2]));
            m3 = Math.max(m3, Math.abs(x[i + 3]));
        }
        for (; i < to; i++) {
            m0 = Math.max(m0, Math.abs(x[i]));
        }
        return Math.max(Math.max(m0, m1), Math.max(m2, m3));
    }

    @Override
    public PeakResult finish() {
        return new PeakResult(peaks.clone());
    }
}
