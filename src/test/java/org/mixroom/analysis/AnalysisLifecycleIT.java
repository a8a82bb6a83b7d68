package org.mixroom.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jobrunr.storage.StorageProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mixroom.ApiClient;
import org.mixroom.ApiTestSupport;
import org.mixroom.RecordedEvents;
import org.mixroom.TemporaryDataDir;
import org.mixroom.TestWavs;
import org.mixroom.review.CommentPosted;
import org.mixroom.review.CommentReopened;
import org.mixroom.review.CommentResolved;
import org.mixroom.review.ReplyPosted;
import org.mixroom.revision.RevisionStatus;
import org.mixroom.revision.RevisionStatusChanged;
import org.mixroom.revision.RevisionUploaded;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** The analysis life cycle and the events every live view will listen to. */
class AnalysisLifecycleIT extends ApiTestSupport {

    @Autowired
    RecordedEvents events;

    @Autowired
    AnalysisReconciler reconciler;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StorageProvider jobStorage;

    ApiClient mix;
    UUID project;
    UUID track;

    @BeforeEach
    void track() {
        mix = demo("mix");
        project = newProject(mix, "Lifecycle");
        track = newTrack(mix, project, "Song");
    }

    @Test
    void publishesUploadStatusAndAnalysisEventsAfterCommit() throws Exception {
        byte[] wav = TestWavs.sine(2, -23);
        ApiClient.Response uploaded = mix.upload("/api/tracks/" + track + "/revisions", "a.wav", wav, null);
        UUID revision = uploaded.id();

        RevisionUploaded upload = events.await(RevisionUploaded.class, e -> e.revisionId().equals(revision));
        assertThat(upload).isEqualTo(new RevisionUploaded(revision, track, project,
                uploaded.json().get("sha256").asString()));
        assertThat(events.committedWhenPublished(upload)).isTrue();

        RevisionAnalysed analysed = events.await(RevisionAnalysed.class, e -> e.revisionId().equals(revision));
        assertThat(analysed).isEqualTo(new RevisionAnalysed(revision, track, project, RevisionStatus.READY));
        assertThat(events.all(RevisionStatusChanged.class, e -> e.revisionId().equals(revision)))
                .extracting(RevisionStatusChanged::status)
                .containsExactly(RevisionStatus.ANALYSING, RevisionStatus.READY);
        // The news came after the commit: the revision reads READY with its analysis.
        JsonNode now = mix.get("/api/revisions/" + revision).json();
        assertThat(now.get("status").asString()).isEqualTo("READY");
        assertThat(now.get("analysis").get("loudness").get("integratedLufs").asDouble()).isBetween(-23.1, -22.9);
    }

    @Test
    void publishesCommentEventsAfterCommit() throws Exception {
        UUID revision = upload(mix, track, TestWavs.sine(1, -20));
        UUID comment = mix.post("/api/revisions/" + revision + "/comments",
                Map.of("startSeconds", 0.5, "text", "Check this")).id();
        UUID reply = mix.post("/api/comments/" + comment + "/replies", Map.of("text", "Done")).id();
        mix.patch("/api/comments/" + comment, Map.of("resolved", true));
        mix.patch("/api/comments/" + comment, Map.of("resolved", false));

        CommentPosted posted = events.await(CommentPosted.class, e -> e.commentId().equals(comment));
        assertThat(posted).isEqualTo(new CommentPosted(comment, revision, project));
        assertThat(events.committedWhenPublished(posted)).isTrue();
        assertThat(events.await(ReplyPosted.class, e -> e.replyId().equals(reply)))
                .isEqualTo(new ReplyPosted(reply, comment, revision, project));
        assertThat(events.await(CommentResolved.class, e -> e.commentId().equals(comment)))
                .isEqualTo(new CommentResolved(comment, revision, project));
        assertThat(events.await(CommentReopened.class, e -> e.commentId().equals(comment)))
                .isEqualTo(new CommentReopened(comment, revision, project));
    }

    @Test
    void recordsTheEnginesReasonWhenAFileFailsAnalysisAndKeepsTheFile() throws Exception {
        byte[] broken = TestWavs.floatWithNaN(1);
        UUID revision = upload(mix, track, broken);

        JsonNode failed = awaitAnalysis(mix, revision);

        assertThat(failed.get("status").asString()).isEqualTo("FAILED");
        assertThat(failed.get("failure").asString())
                .startsWith("The file cannot be analysed: non-finite float sample (NaN) at frame 24000");
        assertThat(failed.has("analysis")).isTrue();
        assertThat(failed.get("analysis").isNull()).isTrue();
        assertThat(mix.getBytes("/api/revisions/" + revision + "/audio", Map.of()).body()).isEqualTo(broken);
        assertThat(mix.get("/api/revisions/" + revision + "/peaks").status()).isEqualTo(404);
        assertThat(events.await(RevisionAnalysed.class, e -> e.revisionId().equals(revision)).status())
                .isEqualTo(RevisionStatus.FAILED);
    }

    @Test
    void analysesAgainWhatWasLeftQueuedOrAnalysingWithoutALiveJob() throws Exception {
        UUID queued = upload(mix, track, TestWavs.sine(1, -20));
        UUID analysing = upload(mix, track, TestWavs.sine(1, -18));
        assertThat(awaitAnalysis(mix, queued).get("status").asString()).isEqualTo("READY");
        assertThat(awaitAnalysis(mix, analysing).get("status").asString()).isEqualTo("READY");
        // As if a node had stopped before enqueuing the first job, and a job's last attempt had left the second
        // unfinished (its job exists, but has finished):
        jdbc.update("delete from analysis_result where revision_id in (?, ?)", queued, analysing);
        jdbc.update("update revision set status = 'QUEUED', duration_seconds = null where id = ?", queued);
        jdbc.update("update revision set status = 'ANALYSING' where id = ?", analysing);
        jobStorage.deletePermanently(AnalysisJobs.jobId(queued));

        assertThat(reconciler.reconcile()).isEqualTo(2);

        for (UUID revision : List.of(queued, analysing)) {
            JsonNode again = awaitAnalysis(mix, revision);
            assertThat(again.get("status").asString()).isEqualTo("READY");
            assertThat(again.get("analysis").get("loudness").get("integratedLufs").isNumber()).isTrue();
        }
    }

    @Test
    void storesThePeaksAndTheSpectrogramForThePlayer() throws Exception {
        UUID revision = upload(mix, track, TestWavs.sine(2, -20));
        awaitAnalysis(mix, revision);

        byte[] peaks = mix.getBytes("/api/revisions/" + revision + "/peaks", Map.of()).body();
        byte[] spectrogram = mix.getBytes("/api/revisions/" + revision + "/spectrogram", Map.of()).body();

        assertThat(java.nio.ByteBuffer.wrap(peaks).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt(0)).isEqualTo(2);
        assertThat(new String(spectrogram, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("MXSG");
        assertThat(TemporaryDataDir.get().resolve("audio")).isDirectory();
    }
}
