package org.mixroom;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.jobrunr.server.BackgroundJobServer;
import org.mixroom.analysis.RevisionAnalysed;
import org.mixroom.review.CommentPosted;
import org.mixroom.revision.RevisionStatus;
import org.mixroom.revision.RevisionStatusChanged;
import org.mixroom.shared.cluster.CrossNodeEvent;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * Two Mixroom nodes, each a whole application on its own port, sharing one PostgreSQL database (embedded, no
 * Docker) and one data folder, as behind a load balancer: news posted on one reaches the other's live pages,
 * and the two share one job queue; both carry on by themselves after the database was away.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIT {

    private static EmbeddedPostgres postgres;
    private static Path databaseDir;
    private static Path dataDir;
    private static Node a;
    private static Node b;

    /** One running node: its application context, port and recorded events. */
    record Node(ConfigurableApplicationContext context, int port, RecordedEvents events) {
        static Node start(String name) {
            ConfigurableApplicationContext context = new SpringApplicationBuilder(MixroomApplication.class).run(
                    "--spring.application.name=mixroom-" + name,
                    "--server.port=0",
                    "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                    "--spring.datasource.username=postgres",
                    "--spring.datasource.password=",
                    "--mixroom.data-dir=" + dataDir,
                    "--mixroom.demo.password=" + RunningApp.DEMO_PASSWORD,
                    "--mixroom.upload.max-size=" + RunningApp.MAX_UPLOAD);
            int port = Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
            return new Node(context, port, context.getBean(RecordedEvents.class));
        }

        ApiClient as(String demoUser) {
            return ApiClient.demo(port, demoUser);
        }
    }

    @BeforeAll
    static void start() throws IOException {
        databaseDir = Files.createTempDirectory("mixroom-two-nodes-db-");
        postgres = startPostgres(0);
        dataDir = Files.createTempDirectory("mixroom-two-nodes-");
        a = Node.start("a");
        b = Node.start("b");
    }

    @AfterAll
    static void stop() throws IOException {
        for (Node node : new Node[] {b, a}) {
            if (node != null) {
                node.context().close();
            }
        }
        if (postgres != null) {
            postgres.close();
        }
        FileSystemUtils.deleteRecursively(dataDir);
        FileSystemUtils.deleteRecursively(databaseDir);
    }

    /** The database server, on its files in {@link #databaseDir}, which outlive a stop; port 0: any free one. */
    private static EmbeddedPostgres startPostgres(int port) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setDataDirectory(databaseDir)
                .setCleanDataDirectory(false);
        return (port == 0 ? builder : builder.setPort(port)).start();
    }

    @Test
    @Order(1)
    void aCommentPostedOnOneNodeReachesTheOtherWithinTwoSeconds() throws Exception {
        ApiClient mixOnA = a.as("mix");
        UUID track = newTrack(mixOnA);
        UUID revision = upload(mixOnA, track);

        ApiClient.Response posted = mixOnA.post("/api/revisions/" + revision + "/comments",
                Map.of("startSeconds", 0.5, "text", "Posted on node A"));
        long confirmed = System.nanoTime();
        assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
        CommentPosted expected = new CommentPosted(posted.id(), revision, projectOf(mixOnA, revision));

        b.events().await(CrossNodeEvent.class, e -> e.event().equals(expected));
        assertThat(Duration.ofNanos(System.nanoTime() - confirmed)).isLessThan(Duration.ofSeconds(2));
        // Node B hears it only as news from another node; node A does not hear its own news back.
        assertThat(b.events().all(CommentPosted.class, expected::equals)).isEmpty();
        assertThat(a.events().all(CrossNodeEvent.class, e -> e.event().equals(expected))).isEmpty();
        // And node B serves the comment to its own clients.
        assertThat(b.as("mix").get("/api/revisions/" + revision + "/comments").body()).contains("Posted on node A");
    }

    @Test
    @Order(2)
    void anUploadOnOneNodeIsAnalysedExactlyOnceAcrossBoth() throws Exception {
        ApiClient mixOnA = a.as("mix");
        UUID revision = upload(mixOnA, newTrack(mixOnA));

        assertThat(ApiTestSupport.awaitAnalysis(b.as("mix"), revision).get("status").asString()).isEqualTo("READY");
        Thread.sleep(2_000); // room for a duplicate run to show up

        long analysing = Stream.of(a, b).mapToLong(node -> node.events().all(RevisionStatusChanged.class,
                e -> e.revisionId().equals(revision) && e.status() == RevisionStatus.ANALYSING).size()).sum();
        long analysed = Stream.of(a, b).mapToLong(node -> node.events().all(RevisionAnalysed.class,
                e -> e.revisionId().equals(revision)).size()).sum();
        assertThat(analysing).isEqualTo(1);
        assertThat(analysed).isEqualTo(1);
        JdbcTemplate jdbc = a.context().getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForObject("select count(*) from analysis_result where revision_id = ?", Integer.class,
                revision)).isEqualTo(1);
        // Whichever node ran it, the other one's live pages heard of the result.
        Node ran = a.events().all(RevisionAnalysed.class, e -> e.revisionId().equals(revision)).isEmpty() ? b : a;
        Node other = ran == a ? b : a;
        other.events().await(CrossNodeEvent.class, e -> e.event() instanceof RevisionAnalysed done
                && done.revisionId().equals(revision) && done.status() == RevisionStatus.READY);
    }

    @Test
    @Order(3) // last: the database goes away for a while
    void bothNodesCarryOnAfterADatabaseOutage() throws Exception {
        ApiClient mixOnA = a.as("mix");
        UUID revision = upload(mixOnA, newTrack(mixOnA));
        ApiTestSupport.awaitAnalysis(mixOnA, revision);

        int port = postgres.getPort();
        postgres.close();
        Thread.sleep(5_000);
        postgres = startPostgres(port);

        // Node B listens again (it reconnects within a few seconds) and both job servers run again.
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!postedOnAHeardOnB(mixOnA, revision)) {
            assertThat(System.nanoTime()).as("node B heard nothing from node A for 60 s").isLessThan(deadline);
        }
        for (Node node : new Node[] {a, b}) {
            BackgroundJobServer server = node.context().getBean(BackgroundJobServer.class);
            while (!server.isRunning()) {
                assertThat(System.nanoTime()).as("job server still stopped").isLessThan(deadline);
                Thread.sleep(200);
            }
        }
        UUID later = upload(mixOnA, newTrack(mixOnA));
        assertThat(ApiTestSupport.awaitAnalysis(b.as("mix"), later).get("status").asString()).isEqualTo("READY");
    }

    /** Posts a comment on node A (once the database answers again) and waits a second for node B to hear of it. */
    private static boolean postedOnAHeardOnB(ApiClient onA, UUID revision) throws InterruptedException {
        ApiClient.Response posted = onA.post("/api/revisions/" + revision + "/comments",
                Map.of("startSeconds", 0.5, "text", "After the outage"));
        Thread.sleep(1_000);
        return posted.status() == 201 && !b.events().all(CrossNodeEvent.class,
                e -> e.event() instanceof CommentPosted heard && heard.commentId().equals(posted.id())).isEmpty();
    }

    private static UUID newTrack(ApiClient client) {
        return ApiTestSupport.newTrack(client, ApiTestSupport.newProject(client, "Two nodes"), "Song");
    }

    private static UUID upload(ApiClient client, UUID track) {
        return ApiTestSupport.upload(client, track, TestWavs.sine(1, -20));
    }

    private static UUID projectOf(ApiClient client, UUID revision) {
        return UUID.fromString(client.get("/api/revisions/" + revision).json().get("projectId").asString());
    }
}
