package org.mixroom.engine.stereo;

import java.util.List;
import org.mixroom.engine.AudioBlock;
import org.mixroom.engine.Meter;
import org.mixroom.engine.spectrum.LongTermSpectrumMeter;
import org.mixroom.engine.spectrum.LongTermSpectrumMeter.PowerSum;
import org.mixroom.engine.spectrum.SpectrumResult;

/**
 * {@link StereoWidth} by the long-term spectrum's rules (Welch, the same segments and band edges) applied to the
 * mid and side signals, so each band's width is measured exactly where the spectrum's level is. It is the
 * spectrum meter of the channels it is given (left and right among them): the mid and side spectra follow from
 * the left and right transforms and their cross-spectrum, |M|² = (|L|² + |R|²)/4 + Re(L·R*)/2 and
 * |S|² = (|L|² + |R|²)/4 − Re(L·R*)/2, so the width costs no transform of its own.
 */
public final class StereoWidthMeter implements Meter<StereoWidth> {
    private final LongTermSpectrumMeter spectrum;
    private PowerSum sum;

    /**
     * @param channels the channels (block indices) whose spectrum this meter takes, {@code left} and
     *                 {@code right} among them
     */
    public StereoWidthMeter(int sampleRate, int[] channels, int left, int right, boolean warmUp) {
        spectrum = new LongTermSpectrumMeter(sampleRate, channels, warmUp, left, right);
    }

    @Override
    public void accept(AudioBlock block) {
        spectrum.accept(block);
    }

    @Override
    public StereoWidth finish() {
        sum = spectrum.finish();
        int bins = sum.pairPower().length;
        double[] mid = new double[bins];
        double[] side = new double[bins];
        for (int k = 0; k < bins; k++) {
            double both = sum.pairPower()[k] / 4;
            double cross = sum.pairCross()[k] / 2;
            // rounding may leave a hair below zero where one of them vanishes
            mid[k] = Math.max(0, both + cross);
            side[k] = Math.max(0, both - cross);
        }
        SpectrumResult m = LongTermSpectrumMeter.combine(List.of(sum.withSum(mid)));
        SpectrumResult s = LongTermSpectrumMeter.combine(List.of(sum.withSum(side)));
        double[] width = new double[m.thirdOctaveLevelsDb().length];
        for (int k = 0; k < width.length; k++) {
            width[k] = s.thirdOctaveLevelsDb()[k] - m.thirdOctaveLevelsDb()[k];
        }
        return new StereoWidth(width);
    }

    /** The spectrum of this meter's channels, for the file's spectrum; known once {@link #finish} has run. */
    public PowerSum spectrum() {
        if (sum == null) {
            throw new IllegalStateException("the spectrum is known once finish() has run");
        }
        return sum;
    }
}
