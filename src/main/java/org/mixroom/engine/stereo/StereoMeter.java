package org.mixroom.engine.stereo;

import org.mixroom.engine.AudioBlock;
import org.mixroom.engine.Meter;

/** Accumulates the sums behind {@link StereoResult} for the channels at the front left and right. */
public final class StereoMeter implements Meter<StereoResult> {
    private final int left;
    private final int right;
    private double sumLL;
    private double sumRR;
    private double sumLR;
    private double sumMM;
    private double sumSS;

    public StereoMeter(int leftChannel, int rightChannel) {
        left = leftChannel;
        right = rightChannel;
    }

    @Override
    public void accept(AudioBlock block) {
        double[] l = block.channel(left);
        double[] r = block.channel(right);
        // running sums, sample by sample: the result must not depend on block boundaries
        double ll = sumLL;
        double rr = sumRR;
        double lr = sumLR;
        double mm = sumMM;
        double ss = sumSS;
        for (int i = 0; i < block.frames(); i++) {
            double m = (l[i] + r[i]) / 2;
            double s = (l[i] - r[i]) / 2;
            ll += l[i] * l[i];
            rr += r[i] * r[i];
            lr += l[i] * r[i];
            mm += m * m;
            ss += s * s;
        }
        sumLL = ll;
        sumRR = rr;
        sumLR = lr;
        sumMM = mm;
        sumSS = ss;
    }

    @Override
    public StereoResult finish() {
        double denominator = Math.sqrt(sumLL * sumRR);
        double correlation = denominator > 0 ? sumLR / denominator : Double.NaN;
        double sideToMid = sumSS > 0 && sumMM > 0 ? 10 * Math.log10(sumSS / sumMM) : Double.NaN;
        double balance = sumLL > 0 && sumRR > 0 ? 10 * Math.log10(sumLL / sumRR) : Double.NaN;
        return new StereoResult(correlation, sideToMid, balance);
    }
}
