package org.mixroom.engine.stereo;

import java.util.List;
import org.mixroom.engine.AudioBlock;
import org.mixroom.engine.Meter;
import org.mixroom.engine.spectrum.LongTermSpectrumMeter;
import org.mixroom.engine.spectrum.SpectrumResult;

/**
 * {@link StereoWidth} by the long-term spectrum's rules (Welch, the same segments and band edges) applied to the
 * mid and side signals, so each band's width is measured exactly where the spectrum's level is.
 */
public final class StereoWidthMeter implements Meter<StereoWidth> {
    private final int left;
    private final int right;
    private final LongTermSpectrumMeter mid;
    private final LongTermSpectrumMeter side;
    private AudioBlock midSide = new AudioBlock(2, 4096);

    public StereoWidthMeter(int sampleRate, int leftChannel, int rightChannel) {
        left = leftChannel;
        right = rightChannel;
        mid = new LongTermSpectrumMeter(sampleRate, new int[] {0});
        side = new LongTermSpectrumMeter(sampleRate, new int[] {1});
    }

    @Override
    public void accept(AudioBlock block) {
        int n = block.frames();
        if (n > midSide.capacity()) {
            midSide = new AudioBlock(2, n);
        }
        double[] l = block.channel(left);
        double[] r = block.channel(right);
        double[] m = midSide.channel(0);
        double[] s = midSide.channel(1);
        for (int i = 0; i < n; i++) {
            m[i] = (l[i] + r[i]) / 2;
            s[i] = (l[i] - r[i]) / 2;
        }
        midSide.setFrames(n);
        mid.accept(midSide);
        side.accept(midSide);
    }

    @Override
    public StereoWidth finish() {
        SpectrumResult m = LongTermSpectrumMeter.combine(List.of(mid.finish()));
        SpectrumResult s = LongTermSpectrumMeter.combine(List.of(side.finish()));
        double[] width = new double[m.thirdOctaveLevelsDb().length];
        for (int k = 0; k < width.length; k++) {
            width[k] = s.thirdOctaveLevelsDb()[k] - m.thirdOctaveLevelsDb()[k];
        }
        return new StereoWidth(width);
    }
}
