package org.mixroom.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.jobrunr.jobs.Job;
import org.jobrunr.jobs.states.FailedState;
import org.jobrunr.jobs.states.StateName;
import org.jobrunr.server.BackgroundJobServer;
import org.jobrunr.storage.StorageProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mixroom.ApiClient;
import org.mixroom.ApiTestSupport;
import org.mixroom.RecordedEvents;
import org.mixroom.TestWavs;
import org.mixroom.revision.RevisionStatus;
import org.mixroom.revision.RevisionStatusChanged;
import org.mixroom.shared.storage.BlobStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Analysis as persisted JobRunr jobs on the application's database (H2 here; PostgreSQL in TwoNodesIT). */
class AnalysisJobsIT extends ApiTestSupport {

    @Autowired
    StorageProvider jobStorage;

    @Autowired
    BackgroundJobServer jobServer;

    @Autowired
    AnalysisJobs jobs;

    @Autowired
    AnalysisReconciler reconciler;

    @Autowired
    BlobStore blobs;

    @Autowired
    RecordedEvents events;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient mix;
    UUID track;

    @BeforeEach
    void track() {
        mix = demo("mix");
        track = newTrack(mix, newProject(mix, "Jobs"), "Song");
    }

    @Test
    void anUploadIsAnalysedByItsJob() throws Exception {
        UUID revision = upload(mix, track, TestWavs.sine(1, -20));

        assertThat(awaitAnalysis(mix, revision).get("status").asString()).isEqualTo("READY");
        assertThat(awaitJob(revision, StateName.SUCCEEDED).getJobDetails().getClassName())
                .isEqualTo(AnalysisRunner.class.getName());
    }

    @Test
    void theReconcilerRunsAsARecurringJob() {
        assertThat(jobStorage.getRecurringJobs())
                .filteredOn(job -> job.getId().equals("analysis-reconciler"))
                .singleElement()
                .satisfies(job -> assertThat(job.getScheduleExpression()).isEqualTo("PT1M"));
    }

    @Test
    void anAttemptThatStopsOnAPassingErrorIsRetriedAndTheRevisionWaitsAsQueued() throws Exception {
        UUID revision = upload(mix, track, TestWavs.sine(1, -20));
        assertThat(awaitAnalysis(mix, revision).get("status").asString()).isEqualTo("READY");
        String sha256 = mix.get("/api/revisions/" + revision).json().get("sha256").asString();
        // The stored file goes missing for a moment (a storage outage), and the revision is to be analysed again.
        Path file = blobs.localFile(sha256);
        Path aside = file.resolveSibling(sha256 + ".aside");
        Files.move(file, aside);
        jdbc.update("delete from analysis_result where revision_id = ?", revision);
        jdbc.update("update revision set status = 'QUEUED' where id = ?", revision);
        assertThat(reconciler.reconcile()).isEqualTo(1);

        // The first attempt fails and puts the revision back in the queue; then the file is back.
        awaitUntil(() -> wentBackToQueued(revision));
        Files.move(aside, file);

        JsonNode analysed = awaitAnalysis(mix, revision);
        assertThat(analysed.get("status").asString()).isEqualTo("READY");
        assertThat(analysed.get("analysis").get("loudness").get("integratedLufs").isNumber()).isTrue();
        Job job = awaitJob(revision, StateName.SUCCEEDED);
        assertThat(job.getJobStatesOfType(FailedState.class).count()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aRepeatedJobNeitherDuplicatesTheJobNorTheResults() throws Exception {
        UUID revision = upload(mix, track, TestWavs.sine(1, -20));
        jobs.enqueue(revision); // delivered twice: one job
        assertThat(awaitAnalysis(mix, revision).get("status").asString()).isEqualTo("READY");
        assertThat(jdbc.queryForObject("select count(*) from jobrunr_jobs where id = ?", Integer.class,
                AnalysisJobs.jobId(revision).toString())).isEqualTo(1);

        // As if a node had died after storing the results but before the revision was marked READY: the job runs
        // again and replaces the results.
        jdbc.update("update revision set status = 'ANALYSING' where id = ?", revision);
        assertThat(reconciler.reconcile()).isEqualTo(1);

        assertThat(awaitAnalysis(mix, revision).get("status").asString()).isEqualTo("READY");
        assertThat(jdbc.queryForObject("select count(*) from analysis_result where revision_id = ?", Integer.class,
                revision)).isEqualTo(1);
        assertThat(reconciler.reconcile()).isZero();
    }

    @Test
    void theWatchdogStartsTheJobServerAgainAfterItStopped() throws Exception {
        jobServer.stop(); // what JobRunr does by itself when the database stays unreachable

        awaitUntil(jobServer::isRunning);

        UUID revision = upload(mix, track, TestWavs.sine(1, -20));
        assertThat(awaitAnalysis(mix, revision).get("status").asString()).isEqualTo("READY");
    }

    private boolean wentBackToQueued(UUID revision) {
        return !events.all(RevisionStatusChanged.class,
                e -> e.revisionId().equals(revision) && e.status() == RevisionStatus.QUEUED).isEmpty();
    }

    private Job awaitJob(UUID revision, StateName state) throws InterruptedException {
        awaitUntil(() -> jobStorage.getJobById(AnalysisJobs.jobId(revision)).getState() == state);
        return jobStorage.getJobById(AnalysisJobs.jobId(revision));
    }

    private static void awaitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 30 s").isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
