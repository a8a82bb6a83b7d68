package org.mixroom.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mixroom.analysis.ReportMeasures;

class AlbumConsistencyTest {

    private static AlbumTrack track(String title, ReportMeasures measures) {
        return new AlbumTrack(UUID.randomUUID(), title, 0, UUID.randomUUID(), 1, measures, List.of(), List.of());
    }

    private static List<AlbumTrack> check(ReportMeasures... measures) {
        List<AlbumTrack> tracks = new ArrayList<>();
        for (int i = 0; i < measures.length; i++) {
            tracks.add(track("Track " + (i + 1), measures[i]));
        }
        return AlbumConsistency.check(tracks);
    }

    @Test
    void aTrackMoreThanTwoLuFromTheMedianIsALoudnessOutlier() {
        List<AlbumTrack> album = check(TestMeasures.of(48_000, 24, -14.0, -2.0, -3.0),
                TestMeasures.of(48_000, 24, -14.5, -2.0, -3.0), TestMeasures.of(48_000, 24, -9.0, -2.0, -3.0),
                TestMeasures.of(48_000, 24, -16.0, -2.0, -3.0));
        // median of −16, −14.5, −14, −9 is −14.25
        assertThat(album.get(0).flags()).isEmpty();
        assertThat(album.get(1).flags()).isEmpty();
        assertThat(album.get(2).flags()).containsExactly(
                "Loudness outlier: 5.3 LU louder than the album median (−14.3 LUFS).".replace('−', '-'));
        assertThat(album.get(3).flags()).isEmpty(); // 1.75 LU quieter: within 2 LU
        assertThat(AlbumConsistency.albumNotes(album)).containsExactly(
                "The integrated loudness spans 7.0 LU across the album (more than 4 LU).");
    }

    @Test
    void aTiltFarFromTheOthersIsFlaggedAsBrighterOrDarker() {
        List<AlbumTrack> album = check(TestMeasures.of(48_000, 24, -14.0, -2.0, -3.0),
                TestMeasures.of(48_000, 24, -14.0, -2.0, -3.2), TestMeasures.of(48_000, 24, -14.0, -2.0, -4.5));
        assertThat(album.get(0).flags()).isEmpty();
        assertThat(album.get(2).flags()).containsExactly(
                "Tonal balance outlier: darker than the album (tilt -4.50 dB/oct against the median -3.20 dB/oct).");
    }

    @Test
    void mixedSampleRatesAndBitDepthsAreFlaggedAgainstTheMostCommon() {
        List<AlbumTrack> album = check(TestMeasures.of(48_000, 24, -14.0, -2.0, -3.0),
                TestMeasures.of(44_100, 24, -14.0, -2.0, -3.0), TestMeasures.of(48_000, 16, -14.0, -2.0, -3.0));
        assertThat(album.get(0).flags()).isEmpty();
        assertThat(album.get(1).flags()).containsExactly(
                "Mixed sample rates: 44.1 kHz against the album's 48 kHz (it has 48 kHz, 44.1 kHz).");
        assertThat(album.get(2).flags()).containsExactly(
                "Mixed bit depths: 16-bit against the album's 24-bit (it has 24-bit, 16-bit).");
    }

    @Test
    void deliveryWarningsAndTracksWithoutAnalysis() {
        List<AlbumTrack> album = AlbumConsistency.check(List.of(
                track("Hot", TestMeasures.of(48_000, 24, -14.0, -0.2, -3.0)),
                new AlbumTrack(UUID.randomUUID(), "Waiting", 1, UUID.randomUUID(), 2, null, List.of(), List.of()),
                new AlbumTrack(UUID.randomUUID(), "Empty", 2, null, null, null, List.of(), List.of())));
        assertThat(album.get(0).warnings()).containsExactly(
                "True peak -0.2 dBTP is above −1 dBTP: lossy encoding may clip.");
        assertThat(album.get(0).flags()).isEmpty(); // alone among the analysed: nothing to compare with
        assertThat(album.get(1).flags()).containsExactly("Not analysed yet: left out of the album figures.");
        assertThat(album.get(2).flags()).containsExactly("No revision yet.");
    }
}
