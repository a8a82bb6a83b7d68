package org.mixroom.shared.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import org.jobrunr.server.BackgroundJobServer;
import org.junit.jupiter.api.Test;

class JobServerWatchdogTest {

    private final BackgroundJobServer server = mock(BackgroundJobServer.class);
    private final JobServerWatchdog watchdog = new JobServerWatchdog(server, Duration.ofSeconds(10));

    @Test
    void leavesARunningServerAlone() {
        when(server.isRunning()).thenReturn(true);

        assertThat(watchdog.check()).isFalse();
        verify(server, never()).start();
    }

    @Test
    void startsAStoppedServerAgain() {
        when(server.isRunning()).thenReturn(false);

        assertThat(watchdog.check()).isTrue();
        verify(server).start();
    }

    @Test
    void triesAgainNextTimeWhileTheDatabaseIsStillAway() {
        when(server.isRunning()).thenReturn(false);
        doThrow(new IllegalStateException("database unreachable")).when(server).start();

        assertThat(watchdog.check()).isTrue();
        assertThat(watchdog.check()).isTrue();
        verify(server, org.mockito.Mockito.times(2)).start();
    }
}
