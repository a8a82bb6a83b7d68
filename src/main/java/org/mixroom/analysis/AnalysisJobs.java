package org.mixroom.analysis;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.jobrunr.jobs.context.JobContext;
import org.jobrunr.jobs.states.StateName;
import org.jobrunr.scheduling.JobScheduler;
import org.jobrunr.storage.JobNotFoundException;
import org.jobrunr.storage.StorageProvider;
import org.mixroom.revision.RevisionUploaded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Puts analyses on JobRunr's queue, which lives in the application's database and is shared by every node.
 * One job per revision and engine version: its id is derived from both, so enqueuing the same revision twice
 * (after the upload, and again from the reconciler) leaves one job.
 */
@Component
class AnalysisJobs {

    private static final Logger log = LoggerFactory.getLogger(AnalysisJobs.class);

    /** States in which the job has nothing more to do, so a revision still pending needs a new one. */
    private static final Set<StateName> FINISHED = EnumSet.of(StateName.SUCCEEDED, StateName.FAILED, StateName.DELETED);

    private final JobScheduler scheduler;
    private final StorageProvider storage;

    AnalysisJobs(JobScheduler scheduler, StorageProvider storage) {
        this.scheduler = scheduler;
        this.storage = storage;
    }

    /** The id of the job that analyses {@code revisionId} with the current engine. */
    static UUID jobId(UUID revisionId) {
        return UUID.nameUUIDFromBytes(("analysis:" + revisionId + ":" + AnalysisRunner.ENGINE_VERSION)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** The upload has committed its revision as QUEUED: queue the job (enqueuing inside the transaction is not possible). */
    @EventListener
    void on(RevisionUploaded uploaded) {
        enqueue(uploaded.revisionId());
    }

    /** Queues the revision's job; does nothing if the job exists already. */
    void enqueue(UUID revisionId) {
        scheduler.<AnalysisRunner>enqueue(jobId(revisionId), runner -> runner.run(revisionId, JobContext.Null));
    }

    /**
     * Makes sure a job will analyse the revision, which is still QUEUED or ANALYSING: queues one if there is
     * none, or if the one there has finished (its last attempt could not record the outcome, or it was
     * deleted). A job waiting or running is left alone; JobRunr itself re-runs one whose node died.
     *
     * @return whether a job was queued
     */
    boolean ensureQueued(UUID revisionId) {
        UUID id = jobId(revisionId);
        try {
            StateName state = storage.getJobById(id).getState();
            if (!FINISHED.contains(state)) {
                return false;
            }
            log.info("Analysis job of revision {} is {} but the revision is unfinished; queueing it anew", revisionId,
                    state);
            storage.deletePermanently(id);
        } catch (JobNotFoundException e) {
            log.info("Revision {} has no analysis job; queueing one", revisionId);
        }
        enqueue(revisionId);
        return true;
    }
}
