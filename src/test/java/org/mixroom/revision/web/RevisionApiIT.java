package org.mixroom.revision.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mixroom.ApiClient;
import org.mixroom.ApiTestSupport;
import org.mixroom.TemporaryDataDir;
import org.mixroom.TestWavs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

class RevisionApiIT extends ApiTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    ApiClient mix;
    UUID project;
    UUID track;

    @BeforeEach
    void projectWithATrack() {
        mix = demo("mix");
        project = newProject(mix, "Revisions");
        track = newTrack(mix, project, "Song");
    }

    @Test
    void uploadsAWavThatIsAnalysedInTheBackground() throws Exception {
        byte[] wav = TestWavs.sine(5, -20);

        ApiClient.Response uploaded = mix.upload("/api/tracks/" + track + "/revisions", "Song v1.wav", wav,
                "lead vocal +1 dB");

        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        JsonNode revision = uploaded.json();
        assertThat(revision.get("number").asInt()).isEqualTo(1);
        assertThat(revision.get("status").asString()).isIn("QUEUED", "ANALYSING", "READY");
        assertThat(revision.get("sha256").asString()).isEqualTo(sha256(wav));
        assertThat(revision.get("note").asString()).isEqualTo("lead vocal +1 dB");
        assertThat(revision.get("uploader").asString()).isEqualTo("mix");
        assertThat(revision.get("fileName").asString()).isEqualTo("Song v1.wav");
        assertThat(revision.get("sizeBytes").asLong()).isEqualTo(wav.length);
        JsonNode format = revision.get("format");
        assertThat(format.get("container").asString()).isEqualTo("wav");
        assertThat(format.get("sampleFormat").asString()).isEqualTo("int16");
        assertThat(format.get("sampleRate").asInt()).isEqualTo(48_000);
        assertThat(format.get("channels").asInt()).isEqualTo(2);
        assertThat(format.get("bitDepth").asInt()).isEqualTo(16);
        assertThat(format.get("durationSeconds").asDouble()).isCloseTo(5.0, within(1e-9));
        assertThat(uploaded.header("Location")).isEqualTo("/api/revisions/" + revision.get("id").asString());

        JsonNode analysed = awaitAnalysis(mix, uploaded.id());

        assertThat(analysed.get("status").asString()).isEqualTo("READY");
        assertThat(analysed.get("failure").isNull()).isTrue();
        assertThat(analysed.get("analysis").isObject()).isTrue();
        assertThat(analysed.get("analysis").get("loudness").get("integratedLufs").asDouble())
                .isCloseTo(-20.0, within(0.1));
        assertThat(analysed.get("analysis").get("file").get("sha256").asString()).isEqualTo(sha256(wav));
        assertThat(analysed.get("analysis").get("file").get("name").asString()).isEqualTo("Song v1.wav");
    }

    @Test
    void numbersRevisionsPerTrackAndListsThem() {
        byte[] wav = TestWavs.sine(1, -20);
        upload(mix, track, wav);
        upload(mix, track, TestWavs.sine(1, -18));
        UUID otherTrack = newTrack(mix, project, "Other song");
        upload(mix, otherTrack, wav);

        ApiClient.Response list = mix.get("/api/tracks/" + track + "/revisions");

        assertThat(list.status()).isEqualTo(200);
        JsonNode revisions = list.json();
        assertThat(revisions.isArray()).isTrue();
        assertThat(revisions.size()).isEqualTo(2);
        assertThat(revisions.get(0).get("number").asInt()).isEqualTo(1);
        assertThat(revisions.get(1).get("number").asInt()).isEqualTo(2);
        assertThat(revisions.get(0).has("status")).isTrue();
        assertThat(mix.get("/api/tracks/" + otherTrack + "/revisions").json().get(0).get("number").asInt())
                .isEqualTo(1);
    }

    @Test
    void streamsTheExactBytesAndAnswersRangesWith206() {
        byte[] wav = TestWavs.sine(1, -20);
        UUID revision = upload(mix, track, wav);

        HttpResponse<byte[]> whole = mix.getBytes("/api/revisions/" + revision + "/audio", Map.of());
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.body()).isEqualTo(wav);
        assertThat(whole.headers().firstValue("Content-Type")).hasValue("audio/wav");
        assertThat(whole.headers().firstValue("Accept-Ranges")).hasValue("bytes");

        HttpResponse<byte[]> part = mix.getBytes("/api/revisions/" + revision + "/audio",
                Map.of("Range", "bytes=1000-1999"));
        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(part.headers().firstValue("Content-Range")).hasValue("bytes 1000-1999/" + wav.length);
        assertThat(part.body()).isEqualTo(Arrays.copyOfRange(wav, 1000, 2000));

        HttpResponse<byte[]> tail = mix.getBytes("/api/revisions/" + revision + "/audio",
                Map.of("Range", "bytes=-100"));
        assertThat(tail.statusCode()).isEqualTo(206);
        assertThat(tail.body()).isEqualTo(Arrays.copyOfRange(wav, wav.length - 100, wav.length));
    }

    @Test
    void rejectsAnEmptyFileAndKeepsNothing() throws Exception {
        assertRejectedAndNothingKept(new byte[0], 400, "empty");
    }

    @Test
    void rejectsATextFileAndKeepsNothing() throws Exception {
        byte[] text = "These are the lyrics, not the mix.\n".repeat(50).getBytes(StandardCharsets.UTF_8);
        assertRejectedAndNothingKept(text, 400, null);
    }

    @Test
    void rejectsATruncatedWavAndKeepsNothing() throws Exception {
        byte[] wav = TestWavs.sine(2, -20);
        byte[] truncated = Arrays.copyOf(wav, wav.length / 3);
        assertRejectedAndNothingKept(truncated, 400, null);
    }

    @Test
    void rejectsAFileOverTheConfiguredMaximumAndKeepsNothing() throws Exception {
        byte[] tooLarge = TestWavs.sine(25, -20); // 4.8 MB, over the tests' 4 MB limit
        assertThat(tooLarge.length).isGreaterThan(4 << 20);
        JsonNode problem = assertRejectedAndNothingKept(tooLarge, 413, "4 MB");
        assertThat(problem.get("detail").asString()).contains("larger than the upload limit");
    }

    @Test
    void acceptsAFileJustUnderTheConfiguredMaximum() {
        byte[] wav = TestWavs.sine(21, -20); // 4.03 MB of samples minus a little
        assertThat(wav.length).isLessThan(4 << 20);
        upload(mix, track, wav);
    }

    @Test
    void refusesAnUploadWithoutAFilePart() {
        ApiClient.Response response = mix.post("/api/tracks/" + track + "/revisions", Map.of("note", "no file"));
        assertThat(response.status()).isBetween(400, 499);
    }

    private JsonNode assertRejectedAndNothingKept(byte[] content, int status, String detailPart) throws Exception {
        ApiClient.Response response = mix.upload("/api/tracks/" + track + "/revisions", "bad.wav", content, "note");

        JsonNode problem = assertProblem(response, status);
        if (detailPart != null) {
            assertThat(problem.get("detail").asString()).contains(detailPart);
        }
        assertThat(jdbc.queryForObject("select count(*) from revision where track_id = ?", Integer.class, track))
                .isZero();
        assertThat(mix.get("/api/tracks/" + track + "/revisions").json().size()).isZero();
        Path blob = TemporaryDataDir.get().resolve("audio").resolve(sha256(content).substring(0, 2))
                .resolve(sha256(content).substring(2, 4)).resolve(sha256(content));
        assertThat(blob).doesNotExist();
        awaitNoTemporaryFiles();
        return problem;
    }

    /** The upload's temporary files (ours and the servlet container's) are gone once the request has ended. */
    private static void awaitNoTemporaryFiles() throws Exception {
        List<Path> folders = List.of(TemporaryDataDir.get().resolve("audio").resolve("tmp"),
                TemporaryDataDir.get().resolve("tmp").resolve("multipart"));
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<Path> left;
        do {
            left = folders.stream().flatMap(RevisionApiIT::files).toList();
            if (left.isEmpty()) {
                return;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < deadline);
        assertThat(left).as("temporary files left behind").isEmpty();
    }

    private static Stream<Path> files(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.toList().stream();
        } catch (IOException e) {
            return Stream.empty();
        }
    }

    static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
