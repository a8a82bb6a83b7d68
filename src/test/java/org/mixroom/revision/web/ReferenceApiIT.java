package org.mixroom.revision.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mixroom.ApiClient;
import org.mixroom.ApiTestSupport;
import org.mixroom.TestWavs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

class ReferenceApiIT extends ApiTestSupport {
    @Autowired
    JdbcTemplate jdbc;

    ApiClient mix;
    UUID project;
    UUID song;

    @BeforeEach
    void projectWithASong() {
        mix = demo("mix");
        project = newProject(mix, "References");
        song = newTrack(mix, project, "Song");
    }

    @Test
    void aReferenceIsARevisionAnalysedLikeAnyOtherButOutsideTheAlbum() throws Exception {
        ApiClient.Response created = mix.upload("/api/projects/" + project + "/references", "Commercial master.wav",
                TestWavs.sine(3, -9), null);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/revisions/" + created.id());
        JsonNode revision = created.json();
        assertThat(revision.get("number").asInt()).isEqualTo(1);
        assertThat(revision.get("projectId").asString()).isEqualTo(project.toString());
        assertThat(revision.get("fileName").asString()).isEqualTo("Commercial master.wav");
        assertThat(awaitAnalysis(mix, created.id()).get("status").asString()).isEqualTo("READY");

        JsonNode reference = mix.get("/api/tracks/" + revision.get("trackId").asString()).json();
        assertThat(reference.get("title").asString()).isEqualTo("Commercial master.wav");
        assertThat(reference.get("reference").asBoolean()).isTrue();
        JsonNode album = mix.get("/api/projects/" + project + "/tracks").json();
        assertThat(album.size()).as("the album holds only the song").isEqualTo(1);
        assertThat(album.get(0).get("id").asString()).isEqualTo(song.toString());
        assertThat(mix.get("/api/projects/" + project).json().get("tracks").size()).isEqualTo(1);
        JsonNode references = mix.get("/api/projects/" + project + "/references").json();
        assertThat(references.size()).isEqualTo(1);
        assertThat(references.get(0).get("id").asString()).isEqualTo(created.id().toString());
        assertThat(newTrack(mix, project, "Second song")).isNotNull();
        assertThat(mix.get("/api/projects/" + project + "/tracks").json().get(1).get("position").asInt())
                .as("a reference takes no place in the album order").isEqualTo(1);
        assertProblem(mix.patch("/api/tracks/" + revision.get("trackId").asString(), Map.of("position", 0)), 400);
    }

    @Test
    void refusesWhatIsNotAudioAndLeavesNoEmptyReference() {
        byte[] text = "not a master".repeat(100).getBytes(StandardCharsets.UTF_8);
        assertProblem(mix.upload("/api/projects/" + project + "/references", "notes.txt", text, null), 400);
        assertProblem(mix.upload("/api/projects/" + project + "/references", "empty.wav", new byte[0], null), 400);
        assertThat(mix.post("/api/projects/" + project + "/references", Map.of()).status()).isBetween(400, 499);

        assertThat(jdbc.queryForObject("select count(*) from track where project_id = ?", Integer.class, project))
                .as("only the song").isEqualTo(1);
        assertThat(mix.get("/api/projects/" + project + "/references").json().size()).isZero();
    }

    @Test
    void onlyMembersWhoMayUploadAddReferences() {
        String viewer = newUser("viewer");
        addMember(mix, project, viewer, "VIEWER");
        assertProblem(as(viewer).upload("/api/projects/" + project + "/references", "r.wav", TestWavs.sine(1, -20),
                null), 403);
        assertProblem(as(newUser("stranger")).upload("/api/projects/" + project + "/references", "r.wav",
                TestWavs.sine(1, -20), null), 404);
        assertProblem(as(newUser("stranger")).get("/api/projects/" + project + "/references"), 404);
    }

    @Test
    void servesAStretchOfTheAudioAsFloatPcm() throws Exception {
        UUID revision = upload(mix, song, TestWavs.sine(3, -20));
        awaitAnalysis(mix, revision);

        var response = mix.getBytes("/api/revisions/" + revision + "/pcm?start=1&duration=0.5", Map.of());

        assertThat(response.statusCode()).isEqualTo(200);
        ByteBuffer wav = ByteBuffer.wrap(response.body()).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(new String(response.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        assertThat(wav.getShort(20)).as("IEEE float").isEqualTo((short) 3);
        assertThat(wav.getShort(22)).as("channels").isEqualTo((short) 2);
        assertThat(wav.getInt(24)).isEqualTo(48_000);
        assertThat(wav.getInt(40)).as("data bytes").isEqualTo(24_000 * 2 * 4);
        assertThat(response.body().length).isEqualTo(44 + 24_000 * 2 * 4);
        double peak = 0;
        for (int i = 44; i < response.body().length; i += 4) {
            peak = Math.max(peak, Math.abs(wav.getFloat(i)));
        }
        assertThat(20 * Math.log10(peak)).isCloseTo(-20, within(0.1));

        var tail = mix.getBytes("/api/revisions/" + revision + "/pcm?start=2.75&duration=1", Map.of());
        assertThat(tail.body().length).as("cut short at the end").isEqualTo(44 + 12_000 * 2 * 4);
        assertProblem(mix.get("/api/revisions/" + revision + "/pcm?start=5&duration=1"), 400);
        assertProblem(mix.get("/api/revisions/" + revision + "/pcm?start=0&duration=60"), 400);
        assertProblem(as(newUser("stranger")).get("/api/revisions/" + revision + "/pcm?start=0&duration=1"), 404);
    }
}
