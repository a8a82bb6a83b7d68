package org.mixroom.engine.stereo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.mixroom.engine.AudioBlock;
import org.mixroom.engine.Meter;

class StereoMeterTest {
    static final int RATE = 48_000;

    @Test
    void correlationSeriesFollowsTheImageOnTheMomentaryGrid() {
        // 2 s of identical channels, then 2 s with the right channel inverted
        int frames = 4 * RATE;
        double[][] x = new double[2][frames];
        for (int n = 0; n < frames; n++) {
            double tone = 0.5 * Math.sin(2 * Math.PI * 440 * n / RATE);
            x[0][n] = tone;
            x[1][n] = n < 2 * RATE ? tone : -tone;
        }
        StereoResult result = feed(new StereoMeter(RATE, 0, 1), x);
        double[] series = result.correlationSeries();
        assertThat(series).hasSize(40);
        assertThat(series[0]).isNaN();
        assertThat(series[2]).isNaN();
        assertThat(series[3]).isCloseTo(1.0, within(1e-12)); // the window 0–400 ms
        assertThat(series[19]).isCloseTo(1.0, within(1e-12)); // ends at 2.0 s
        assertThat(series[20]).isBetween(-1.0, 1.0); // straddles the change
        assertThat(series[23]).isCloseTo(-1.0, within(1e-12)); // 2.0–2.4 s
        assertThat(series[39]).isCloseTo(-1.0, within(1e-12));
        assertThat(result.correlation()).isCloseTo(0.0, within(1e-3));
    }

    @Test
    void silentWindowsHaveNoCorrelation() {
        StereoResult result = feed(new StereoMeter(RATE, 0, 1), new double[2][RATE]);
        assertThat(result.correlationSeries()).hasSize(10);
        assertThat(java.util.Arrays.stream(result.correlationSeries()).allMatch(Double::isNaN)).isTrue();
    }

    @Test
    void widthPerBandIsTheSideToMidRatioOfEachBand() {
        // 100 Hz: L 0.5, R 0.3 → M 0.4, S 0.1 (−12.04 dB); 5 kHz: L 0.5, R 0.25 → M 0.375, S 0.125 (−9.54 dB)
        int frames = 10 * RATE;
        double[][] x = new double[2][frames];
        for (int n = 0; n < frames; n++) {
            double low = Math.sin(2 * Math.PI * 100 * n / RATE);
            double high = Math.sin(2 * Math.PI * 5000 * n / RATE);
            x[0][n] = 0.5 * low + 0.5 * high;
            x[1][n] = 0.3 * low + 0.25 * high;
        }
        double[] width = feed(new StereoWidthMeter(RATE, new int[] {0, 1}, 0, 1, false), x).sideToMidDb();
        assertThat(width[thirdOctaveIndex(100)]).isCloseTo(20 * Math.log10(0.1 / 0.4), within(0.05));
        assertThat(width[thirdOctaveIndex(5000)]).isCloseTo(20 * Math.log10(0.125 / 0.375),
                within(0.05));
    }

    /** Centres 1000·10^(k/10), k = −17…13. */
    private static int thirdOctaveIndex(double hz) {
        return (int) Math.round(10 * Math.log10(hz / 1000)) + 17;
    }

    private static <T> T feed(Meter<T> meter, double[][] x) {
        int frames = x[0].length;
        AudioBlock block = new AudioBlock(2, 1000);
        for (int start = 0; start < frames; start += 1000) {
            int n = Math.min(1000, frames - start);
            System.arraycopy(x[0], start, block.channel(0), 0, n);
            System.arraycopy(x[1], start, block.channel(1), 0, n);
            block.setFrames(n);
            meter.accept(block);
        }
        return meter.finish();
    }
}
