package org.mixroom.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SpectralTiltTest {
    /** The report's centres: 1000·10^(k/10), k = −17…13. */
    static final double[] CENTRES = java.util.stream.IntStream.rangeClosed(-17, 13)
            .mapToDouble(k -> 1000 * Math.pow(10, k / 10.0)).toArray();

    @Test
    void aStraightLineInLogFrequencyGivesItsSlope() {
        Double[] levels = new Double[CENTRES.length];
        for (int i = 0; i < levels.length; i++) {
            levels[i] = -20 - 3.5 * Math.log(CENTRES[i] / 1000) / Math.log(2);
        }
        assertThat(SpectralTilt.of(CENTRES, levels)).isCloseTo(-3.5, within(1e-9));
    }

    @Test
    void onlyTheBandsFrom100HzTo10kHzCount() {
        Double[] levels = new Double[CENTRES.length];
        for (int i = 0; i < levels.length; i++) {
            // flat inside the range, wild outside it
            levels[i] = CENTRES[i] < 99 || CENTRES[i] > 10_100 ? 30.0 * i : -30.0;
        }
        assertThat(SpectralTilt.of(CENTRES, levels)).isCloseTo(0, within(1e-9));
    }

    @Test
    void bandsWithoutLevelAreSkippedAndTooFewGiveNone() {
        Double[] levels = new Double[CENTRES.length];
        assertThat(SpectralTilt.of(CENTRES, levels)).isNull();
        levels[7] = -10.0; // 100 Hz
        levels[17] = -20.0; // 1 kHz
        assertThat(SpectralTilt.of(CENTRES, levels)).isNull();
        levels[27] = -30.0; // 10 kHz
        assertThat(SpectralTilt.of(CENTRES, levels)).isCloseTo(-10 * Math.log10(2), within(1e-9)); // 10 dB a decade
    }

    @Test
    void isoLabelsNameTheBands() {
        assertThat(ThirdOctaveLabels.of(CENTRES[0])).isEqualTo("20 Hz");
        assertThat(ThirdOctaveLabels.of(CENTRES[2])).isEqualTo("31.5 Hz");
        assertThat(ThirdOctaveLabels.of(CENTRES[17])).isEqualTo("1 kHz");
        assertThat(ThirdOctaveLabels.of(CENTRES[22])).isEqualTo("3.15 kHz");
        assertThat(ThirdOctaveLabels.of(CENTRES[30])).isEqualTo("20 kHz");
    }
}
