package org.mixroom.shared.jobs;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jobrunr.server.BackgroundJobServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Starts JobRunr's background job server again after it stopped itself. When the database is unreachable for
 * a while, the open-source server gives up and stays stopped for good, so a node would never run a job again
 * after a database outage. Every {@code mixroom.jobs.watchdog-interval} this checks the server and starts it
 * while it is not running. It stops before the server does when the application shuts down.
 */
@Component
@ConditionalOnBooleanProperty("jobrunr.background-job-server.enabled")
class JobServerWatchdog implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(JobServerWatchdog.class);

    private final BackgroundJobServer server;
    private final Duration interval;
    private ScheduledExecutorService timer;

    JobServerWatchdog(BackgroundJobServer server, @Value("${mixroom.jobs.watchdog-interval}") Duration interval) {
        this.server = server;
        this.interval = interval;
    }

    /** Starts the server if it is not running; returns whether it had to. */
    boolean check() {
        if (server.isRunning()) {
            return false;
        }
        log.warn("The background job server has stopped (the database was unreachable?); starting it again");
        try {
            server.start();
        } catch (RuntimeException e) {
            log.warn("The background job server could not start yet: {}", e.toString());
        }
        return true;
    }

    @Override
    public synchronized void start() {
        timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "job-server-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::check, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        timer.shutdownNow();
        timer = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }
}
