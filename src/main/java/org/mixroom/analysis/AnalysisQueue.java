package org.mixroom.analysis;

import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.mixroom.revision.RevisionService;
import org.mixroom.revision.RevisionUploaded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs analyses in the background on a fixed number of threads ({@code mixroom.analysis.threads}). A new
 * revision is queued when its upload has committed; at start-up every revision still QUEUED or ANALYSING
 * (the server stopped before it finished) is queued again, so a crash loses nothing.
 */
@Component
class AnalysisQueue {

    private static final Logger log = LoggerFactory.getLogger(AnalysisQueue.class);

    private final AnalysisRunner runner;
    private final RevisionService revisions;
    private final ExecutorService executor;

    AnalysisQueue(AnalysisRunner runner, RevisionService revisions, AnalysisProperties properties) {
        this.runner = runner;
        this.revisions = revisions;
        AtomicInteger count = new AtomicInteger();
        ThreadFactory threads = task -> {
            Thread thread = new Thread(task, "analysis-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        this.executor = new ThreadPoolExecutor(properties.threads(), properties.threads(), 0, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), threads);
    }

    @EventListener
    void on(RevisionUploaded uploaded) {
        submit(uploaded.revisionId());
    }

    @EventListener(ApplicationReadyEvent.class)
    void requeueUnfinished() {
        List<UUID> unfinished = revisions.unfinished();
        if (!unfinished.isEmpty()) {
            log.info("Queueing {} revision(s) whose analysis had not finished", unfinished.size());
        }
        unfinished.forEach(this::submit);
    }

    void submit(UUID revisionId) {
        executor.execute(() -> runner.run(revisionId));
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
