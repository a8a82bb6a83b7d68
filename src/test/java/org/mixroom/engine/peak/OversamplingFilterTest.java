package org.mixroom.engine.peak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class OversamplingFilterTest {
    @Test
    void centreTapIsOneAndBranchZeroIsTheIdentity() {
        double[] h = OversamplingFilter.prototype();
        assertThat(h).hasSize(129);
        assertThat(h[64]).isEqualTo(1.0);
        for (int n = 0; n < h.length; n += 4) {
            if (n != 64) {
                assertThat(h[n]).as("tap %d", n).isCloseTo(0, within(1e-16));
            }
        }
    }

    @Test
    void interpolatingBranchesHaveDcGainOneMinus1e5AndBoundedL1Norm() {
        double largestL1 = 0;
        for (double[] branch : OversamplingFilter.branches()) {
            double sum = 0;
            double l1 = 0;
            for (double tap : branch) {
                sum += tap;
                l1 += Math.abs(tap);
            }
            assertThat(sum).isCloseTo(1 - 1e-5, within(2e-6));
            largestL1 = Math.max(largestL1, l1);
        }
        assertThat(largestL1).as("largest branch L1 norm, the skip bound").isCloseTo(2.352, within(0.0005));
    }

    @Test
    void responseMatchesTheSpecifiedCorners() {
        assertThat(responseDb(0.436)).isCloseTo(-0.1, within(0.05));
        assertThat(responseDb(0.463)).isCloseTo(-1.0, within(0.1));
        assertThat(responseDb(0.5)).isCloseTo(-6.02, within(0.1));
        for (double f = 0.6; f <= 2.0; f += 0.01) {
            assertThat(responseDb(f)).as("stop band at %.2f fs", f).isLessThan(-90);
        }
    }

    /** Magnitude response of the prototype (gain 4 in its pass band) at f × the input rate, in dB. */
    private static double responseDb(double fOverFs) {
        double[] h = OversamplingFilter.prototype();
        double re = 0;
        double im = 0;
        for (int n = 0; n < h.length; n++) {
            double w = 2 * Math.PI * fOverFs / OversamplingFilter.FACTOR * n;
            re += h[n] * Math.cos(w);
            im -= h[n] * Math.sin(w);
        }
        return 20 * Math.log10(Math.hypot(re, im) / OversamplingFilter.FACTOR);
    }
}
