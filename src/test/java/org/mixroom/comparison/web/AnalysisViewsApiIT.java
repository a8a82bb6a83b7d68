package org.mixroom.comparison.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mixroom.ApiClient;
import org.mixroom.ApiTestSupport;
import org.mixroom.TestWavs;
import tools.jackson.databind.JsonNode;

class AnalysisViewsApiIT extends ApiTestSupport {

    private UUID analysed(ApiClient client, UUID track, double dbfs) throws InterruptedException {
        UUID revision = upload(client, track, TestWavs.sine(5, dbfs));
        assertThat(awaitAnalysis(client, revision).get("status").asString()).isEqualTo("READY");
        return revision;
    }

    @Test
    void theAlbumListsTracksInOrderWithTheirFiguresAndFlags() throws InterruptedException {
        ApiClient mix = demo("mix");
        UUID project = newProject(mix, "Album API");
        UUID loud = newTrack(mix, project, "Loud");
        UUID soft = newTrack(mix, project, "Soft");
        UUID middle = newTrack(mix, project, "Middle");
        UUID pending = newTrack(mix, project, "No audio yet");
        analysed(mix, loud, -10);
        analysed(mix, soft, -11);
        UUID latest = analysed(mix, middle, -28);
        analysed(mix, middle, -12); // the latest revision stands for the track
        analysed(mix, middle, -12.5);

        ApiClient.Response response = mix.get("/api/projects/" + project + "/album");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode album = response.json();
        assertThat(album).hasSize(4);
        assertThat(album.get(0).get("title").asString()).isEqualTo("Loud");
        assertThat(album.get(0).get("integratedLufs").asDouble()).isCloseTo(-10, within(0.05));
        assertThat(album.get(0).get("sampleRate").asInt()).isEqualTo(48_000);
        assertThat(album.get(0).get("bitDepth").asInt()).isEqualTo(16);
        assertThat(album.get(0).get("truePeakDbtp").asDouble()).isCloseTo(-10, within(0.1));
        assertThat(album.get(0).get("spectralTiltDbPerOctave").isNumber()).isTrue();
        assertThat(album.get(2).get("revisionNumber").asInt()).isEqualTo(3);
        assertThat(album.get(2).get("revisionId").asString()).isNotEqualTo(latest.toString());
        assertThat(album.get(2).get("integratedLufs").asDouble()).isCloseTo(-12.5, within(0.05));
        assertThat(album.get(3).get("integratedLufs").isNull()).isTrue();
        assertThat(album.get(3).get("flags").get(0).asString()).isEqualTo("No revision yet.");
        for (JsonNode track : album) {
            assertThat(track.get("warnings")).isEmpty();
        }
    }

    @Test
    void theMeasureDiffMarksWhatMatters() throws InterruptedException {
        ApiClient mix = demo("mix");
        UUID track = newTrack(mix, newProject(mix, "Diff API"), "Song");
        UUID a = analysed(mix, track, -14);
        UUID b = analysed(mix, track, -0.5);

        ApiClient.Response response = mix.get("/api/comparisons/measures?a=" + a + "&b=" + b);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode integrated = find(response.json(), "Integrated loudness");
        assertThat(integrated.get("change").asDouble()).isCloseTo(13.5, within(0.05));
        assertThat(integrated.get("matters").asBoolean()).isTrue();
        JsonNode truePeak = find(response.json(), "True peak");
        assertThat(truePeak.get("why").asString()).isEqualTo("B's true peak is now above the −1 dBTP delivery limit");
        assertThat(find(response.json(), "DR").get("matters").asBoolean()).isFalse();
    }

    @Test
    void strangersAndUnanalysedRevisionsGetProblems() throws InterruptedException {
        ApiClient mix = demo("mix");
        UUID project = newProject(mix, "Private album");
        UUID track = newTrack(mix, project, "Song");
        UUID a = analysed(mix, track, -14);
        String stranger = newUser("stranger");

        assertProblem(as(stranger).get("/api/projects/" + project + "/album"), 404);
        assertProblem(as(stranger).get("/api/comparisons/measures?a=" + a + "&b=" + a), 404);
        assertProblem(mix.get("/api/comparisons/measures?a=" + a + "&b=" + UUID.randomUUID()), 404);
        assertProblem(mix.get("/api/comparisons/measures?a=" + a + "&b=nonsense"), 400);
    }

    private static JsonNode find(JsonNode rows, String measure) {
        for (JsonNode row : rows) {
            if (row.get("measure").asString().equals(measure)) {
                return row;
            }
        }
        throw new AssertionError("no row " + measure + " in " + rows);
    }
}
