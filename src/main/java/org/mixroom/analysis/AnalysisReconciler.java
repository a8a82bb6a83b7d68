package org.mixroom.analysis;

import org.jobrunr.jobs.annotations.Recurring;
import org.mixroom.revision.RevisionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Finds revisions that wait for an analysis no job will run, and queues one for each. A revision is committed
 * as QUEUED before its job is enqueued, so a node that stops between the two leaves such an orphan; so does a
 * job whose last attempt could not record its outcome. Runs at start-up and then as a recurring JobRunr job
 * (one node at a time, every {@code mixroom.analysis.reconcile-interval}).
 */
@Component
public class AnalysisReconciler {

    private static final Logger log = LoggerFactory.getLogger(AnalysisReconciler.class);

    private final RevisionService revisions;
    private final AnalysisJobs jobs;

    AnalysisReconciler(RevisionService revisions, AnalysisJobs jobs) {
        this.revisions = revisions;
        this.jobs = jobs;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartUp() {
        reconcile();
    }

    /** Queues a job for every unfinished revision without a live one; returns how many were queued. */
    @Recurring(id = "analysis-reconciler", interval = "${mixroom.analysis.reconcile-interval}")
    public int reconcile() {
        int queued = (int) revisions.unfinished().stream().filter(jobs::ensureQueued).count();
        if (queued > 0) {
            log.info("Queued the analysis of {} revision(s) that no job was going to run", queued);
        }
        return queued;
    }
}
