package org.mixroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.mixroom.shared.storage.S3TestServer;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import software.amazon.awssdk.services.s3.S3Client;
import tools.jackson.databind.JsonNode;

/**
 * The whole application on S3 storage (S3Proxy as a child process): an upload lands in the bucket, is
 * analysed from there, and its audio is streamed from the bucket with byte ranges. When the store goes away,
 * the API says so plainly and keeps nothing half-stored.
 */
@DirtiesContext // its own context (another database, S3 storage), closed after the class
class S3StorageIT extends ApiTestSupport {

    private static S3TestServer s3;

    @DynamicPropertySource
    static void s3Storage(DynamicPropertyRegistry registry) {
        try {
            s3 = S3TestServer.s3Proxy();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:s3-storage;DB_CLOSE_DELAY=-1");
        registry.add("mixroom.storage.type", () -> "s3");
        registry.add("mixroom.storage.s3.endpoint", () -> s3.endpoint().toString());
        registry.add("mixroom.storage.s3.bucket", () -> S3TestServer.BUCKET);
        registry.add("mixroom.storage.s3.access-key", () -> S3TestServer.ACCESS_KEY);
        registry.add("mixroom.storage.s3.secret-key", () -> S3TestServer.SECRET_KEY);
        registry.add("mixroom.storage.s3.path-style", () -> "true");
    }

    @AfterAll
    static void stop() throws IOException {
        if (s3 != null) {
            s3.close();
        }
    }

    @Test
    void storesAnalysesAndStreamsFromTheBucketAndSaysSoWhenTheBucketIsGone() throws Exception {
        ApiClient mix = demo("mix");
        UUID track = newTrack(mix, newProject(mix, "On S3"), "Song");
        // Bytes no other test uploads: the data folder is shared with the tests on local disk.
        byte[] wav = TestWavs.sine(2.7, -21);

        UUID revision = upload(mix, track, wav);
        JsonNode analysed = awaitAnalysis(mix, revision);
        assertThat(analysed.get("status").asString()).as(analysed.toString()).isEqualTo("READY");

        String sha = analysed.get("sha256").asString();
        String key = sha.substring(0, 2) + "/" + sha.substring(2, 4) + "/" + sha;
        try (S3Client client = s3.client()) {
            assertThat(client.headObject(request -> request.bucket(S3TestServer.BUCKET).key(key)).contentLength())
                    .isEqualTo(wav.length);
        }
        assertThat(TemporaryDataDir.get().resolve("audio").resolve(key)).doesNotExist();

        HttpResponse<byte[]> part = mix.getBytes("/api/revisions/" + revision + "/audio",
                Map.of("Range", "bytes=1000-1999"));
        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(part.headers().firstValue("Content-Range")).hasValue("bytes 1000-1999/" + wav.length);
        assertThat(part.body()).isEqualTo(Arrays.copyOfRange(wav, 1000, 2000));
        assertThat(mix.getBytes("/api/revisions/" + revision + "/peaks", Map.of()).statusCode()).isEqualTo(200);

        s3.close();

        JsonNode unavailable = assertProblem(mix.get("/api/revisions/" + revision + "/audio"), 503);
        assertThat(unavailable.get("detail").asString()).contains("cannot be reached");
        assertProblem(mix.upload("/api/tracks/" + track + "/revisions", "v2.wav", TestWavs.sine(2, -18), null), 503);
        assertThat(mix.get("/api/tracks/" + track + "/revisions").json()).hasSize(1);
        try (var staged = Files.list(TemporaryDataDir.get().resolve("s3-cache/tmp"))) {
            assertThat(staged).isEmpty();
        }
    }
}
