package org.mixroom.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.mixroom.comparison.NormalizationPreview.Direction;
import org.mixroom.comparison.NormalizationPreview.Result;
import org.mixroom.comparison.NormalizationPreview.Rule;

class NormalizationPreviewTest {
    static final Rule SPOTIFY_NORMAL = new Rule(-14, Direction.DOWN_AND_UP, -1.0, false);
    static final Rule SPOTIFY_LOUD = new Rule(-11, Direction.DOWN_AND_UP, -1.0, true);
    static final Rule YOUTUBE = new Rule(-14, Direction.DOWN_ONLY, -1.0, false);
    static final Rule APPLE = new Rule(-16, Direction.UNKNOWN, -1.0, false);

    @Test
    void loudMasterIsTurnedDownByTheDifferenceEverywhere() {
        Result spotify = NormalizationPreview.of(SPOTIFY_NORMAL, -8.9, -0.3);
        assertThat(spotify.gainDb()).isCloseTo(-5.1, within(1e-12));
        assertThat(spotify.resultingTruePeakDbtp()).isCloseTo(-5.4, within(1e-12));
        assertThat(NormalizationPreview.of(APPLE, -8.9, -0.3).gainDb()).isCloseTo(-7.1, within(1e-12));
    }

    @Test
    void quietMixIsBoostedOnlyWhereThePlatformBoostsAndOnlyUpToTheCeiling() {
        // −20 LUFS with a −6 dBTP peak: Spotify wants +6 dB but keeps 1 dB headroom, so +5
        Result spotify = NormalizationPreview.of(SPOTIFY_NORMAL, -20.0, -6.0);
        assertThat(spotify.gainDb()).isCloseTo(5.0, within(1e-12));
        assertThat(spotify.resultingTruePeakDbtp()).isCloseTo(-1.0, within(1e-12));
        // plenty of headroom: the whole offset
        assertThat(NormalizationPreview.of(SPOTIFY_NORMAL, -17.0, -9.0).gainDb()).isCloseTo(3.0, within(1e-12));
        // already at the ceiling: no boost at all
        assertThat(NormalizationPreview.of(SPOTIFY_NORMAL, -17.0, -0.5).gainDb()).isZero();
        assertThat(NormalizationPreview.of(YOUTUBE, -20.0, -6.0).gainDb()).isZero();
        assertThat(NormalizationPreview.of(APPLE, -20.0, -6.0).gainDb()).isZero();
    }

    @Test
    void aLimiterBoostsFullyAndHoldsThePeakAtItsCeiling() {
        Result loud = NormalizationPreview.of(SPOTIFY_LOUD, -15.0, -3.0);
        assertThat(loud.gainDb()).isCloseTo(4.0, within(1e-12));
        assertThat(loud.resultingTruePeakDbtp()).isEqualTo(-1.0);
    }

    @Test
    void undefinedLoudnessGivesNoGain() {
        assertThat(NormalizationPreview.of(SPOTIFY_NORMAL, null, null)).isEqualTo(new Result(null, null));
        assertThat(NormalizationPreview.of(YOUTUBE, -10.0, null)).isEqualTo(new Result(-4.0, null));
    }
}
