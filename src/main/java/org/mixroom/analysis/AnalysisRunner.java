package org.mixroom.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.context.JobContext;
import org.mixroom.engine.Analysis;
import org.mixroom.engine.AnalysisRequest;
import org.mixroom.engine.AudioAnalyzer;
import org.mixroom.engine.InvalidAudioException;
import org.mixroom.engine.ReportJson;
import org.mixroom.revision.RevisionService;
import org.mixroom.revision.RevisionService.AnalysisTarget;
import org.mixroom.revision.RevisionStatus;
import org.mixroom.shared.AfterCommitEvents;
import org.mixroom.shared.storage.BlobStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The analysis job: analyses one revision. Marks it ANALYSING, runs the engine over the stored file once
 * (report, waveform peaks, spectrogram), stores the results and marks it READY in one transaction, or FAILED
 * with the engine's reason.
 *
 * <p>JobRunr runs it at least once per revision (the job id is {@link AnalysisJobs#jobId}), so it is
 * idempotent: a revision that is READY or FAILED is left alone, and the results replace any stored by an
 * interrupted earlier run. A file the engine refuses fails at once. Any other error (the store, the disk, the
 * database) is thrown back to JobRunr, which retries with back-off; the revision waits as QUEUED meanwhile, and
 * only the last attempt's error marks it FAILED.
 */
@Component
public class AnalysisRunner {

    /** Changes whenever the engine's results for the same bytes change. */
    static final String ENGINE_VERSION = "1";

    /** Attempts after the first one, spaced by JobRunr's exponential back-off. */
    static final int RETRIES = 4;

    private static final Logger log = LoggerFactory.getLogger(AnalysisRunner.class);

    private final RevisionService revisions;
    private final BlobStore blobs;
    private final AnalysisStore store;
    private final AfterCommitEvents events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    AnalysisRunner(RevisionService revisions, BlobStore blobs, AnalysisStore store, AfterCommitEvents events,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.revisions = revisions;
        this.blobs = blobs;
        this.store = store;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** The job's entry point; JobRunr passes the job's context (how often it failed so far). */
    @Job(name = "Analyse revision %0", retries = RETRIES)
    public void run(UUID revisionId, JobContext context) throws IOException {
        MDC.put("revisionId", revisionId.toString());
        try {
            Optional<AnalysisTarget> started = revisions.startAnalysis(revisionId);
            if (started.isPresent()) {
                analyse(started.get(), context.amountOfFailures() >= RETRIES);
            }
        } finally {
            MDC.remove("revisionId");
        }
    }

    private void analyse(AnalysisTarget target, boolean lastAttempt) throws IOException {
        long started = System.nanoTime();
        try {
            Path file = blobs.localFile(target.sha256());
            Analysis analysis = new AudioAnalyzer().analyze(file, target.fileName(), AnalysisRequest.FULL);
            String peaks = analysis.waveform() == null ? null : blobs.put(PeaksFormat.encode(analysis.waveform()));
            String spectrogram = analysis.spectrogram() == null ? null
                    : blobs.put(SpectrogramFormat.encode(analysis.spectrogram()));
            String json = ReportJson.write(analysis.report());
            double duration = analysis.report().file().durationSeconds();
            transactions.executeWithoutResult(status -> {
                store.save(target.revisionId(), ENGINE_VERSION, json, peaks, spectrogram, clock.instant());
                revisions.analysisSucceeded(target.revisionId(), duration);
                events.publish(new RevisionAnalysed(target.revisionId(), target.trackId(), target.projectId(),
                        RevisionStatus.READY));
            });
            double seconds = (System.nanoTime() - started) / 1e9;
            log.info("Analysed revision {}: {} s of audio in {} s ({}x real time)", target.revisionId(),
                    String.format("%.1f", duration), String.format("%.2f", seconds),
                    String.format("%.0f", duration / Math.max(seconds, 1e-3)));
        } catch (InvalidAudioException e) {
            log.warn("Revision {} cannot be analysed: {}", target.revisionId(), e.getMessage());
            fail(target, "The file cannot be analysed: " + e.getMessage() + ".");
        } catch (IOException | RuntimeException e) {
            if (!lastAttempt) {
                log.warn("Analysis of revision {} stopped ({}); it will be retried", target.revisionId(), e.toString());
                revisions.analysisRetrying(target.revisionId());
                throw e;
            }
            log.error("Analysis of revision {} failed for the last time", target.revisionId(), e);
            fail(target, "The analysis stopped with an error on the server (" + e.getClass().getSimpleName()
                    + ") after " + (RETRIES + 1) + " attempts; the file is kept.");
        }
    }

    private void fail(AnalysisTarget target, String reason) {
        transactions.executeWithoutResult(status -> {
            revisions.analysisFailed(target.revisionId(), reason);
            events.publish(new RevisionAnalysed(target.revisionId(), target.trackId(), target.projectId(),
                    RevisionStatus.FAILED));
        });
    }
}
