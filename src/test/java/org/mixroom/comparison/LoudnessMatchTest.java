package org.mixroom.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LoudnessMatchTest {
    @Test
    void turnsTheLouderSideDownByTheDifference() {
        LoudnessMatch match = LoudnessMatch.of(-14.2, -11.2);
        assertThat(match.gainADb()).isEqualTo(0.0);
        assertThat(match.gainBDb()).isCloseTo(-3.0, within(1e-12));
        assertThat(match.offsetDb()).isCloseTo(-3.0, within(1e-12));
        assertThat(match.attenuatedSide()).isEqualTo("B");
        assertThat(LoudnessMatch.of(-9.0, -16.5).gainADb()).isCloseTo(-7.5, within(1e-12));
        assertThat(LoudnessMatch.of(-9.0, -16.5).attenuatedSide()).isEqualTo("A");
    }

    @Test
    void neverBoostsAndLeavesEqualOrUndefinedLoudnessAlone() {
        assertThat(LoudnessMatch.of(-12.0, -12.0)).isEqualTo(new LoudnessMatch(0, 0));
        assertThat(LoudnessMatch.of(null, -12.0)).isEqualTo(LoudnessMatch.UNCHANGED);
        assertThat(LoudnessMatch.of(-20.0, -8.0).gainADb()).isZero();
        assertThat(LoudnessMatch.of(-20.0, -8.0).attenuatedSide()).isEqualTo("B");
    }

    @Test
    void regionLoudnessIsThePowerMeanOfTheShortTermValuesInside() {
        Double[] series = {null, null, -20.0, -20.0, -10.0, null, -30.0};
        // windows end at 0.1 … 0.7 s; [0.25, 0.55] holds −20, −20, −10
        double expected = 10 * Math.log10((2 * Math.pow(10, -2) + Math.pow(10, -1)) / 3);
        assertThat(RegionLoudness.of(series, 0.25, 0.55)).isCloseTo(expected, within(1e-12));
        assertThat(RegionLoudness.of(series, 0.0, 0.2)).isNull();
        assertThatThrownBy(() -> RegionLoudness.of(series, 2, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
