package org.mixroom.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RevisionTest {

    @Test
    void cleansTheUploadersFileNameForDisplay() {
        assertThat(RevisionService.cleanFileName("C:\\Users\\me\\Song v3.wav")).isEqualTo("Song v3.wav");
        assertThat(RevisionService.cleanFileName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(RevisionService.cleanFileName("a\u0000b\n.wav")).isEqualTo("ab.wav");
        assertThat(RevisionService.cleanFileName(null)).isEqualTo("audio");
        assertThat(RevisionService.cleanFileName("dir/")).isEqualTo("audio");
        assertThat(RevisionService.cleanFileName("x".repeat(300))).hasSize(255);
    }

    @Test
    void movesFromQueuedThroughAnalysingToReadyOrFailed() {
        Revision ready = revision();
        assertThat(ready.status()).isEqualTo(RevisionStatus.QUEUED);
        ready.startAnalysis();
        assertThat(ready.status()).isEqualTo(RevisionStatus.ANALYSING);
        ready.analysed(12.5);
        assertThat(ready.status()).isEqualTo(RevisionStatus.READY);
        assertThat(ready.durationSeconds()).isEqualTo(12.5);
        assertThatIllegalStateException().isThrownBy(ready::startAnalysis).withMessageContaining("READY");

        Revision failed = revision();
        failed.startAnalysis();
        failed.startAnalysis(); // again after a restart
        failed.failed("The file cannot be analysed: data chunk ends early.");
        assertThat(failed.status()).isEqualTo(RevisionStatus.FAILED);
        assertThat(failed.failure()).startsWith("The file cannot be analysed");
        assertThatIllegalStateException().isThrownBy(() -> failed.analysed(1)).withMessageContaining("FAILED");
    }

    @Test
    void goesBackToQueuedWhenAnAttemptWillBeRetried() {
        Revision retried = revision();
        assertThatIllegalStateException().isThrownBy(retried::requeue).withMessageContaining("QUEUED");
        retried.startAnalysis();
        retried.requeue();
        assertThat(retried.status()).isEqualTo(RevisionStatus.QUEUED);
        retried.startAnalysis();
        retried.analysed(3);
        assertThat(retried.status()).isEqualTo(RevisionStatus.READY);
    }

    private static Revision revision() {
        return new Revision(UUID.randomUUID(), 1, "", UUID.randomUUID(), Instant.EPOCH, "0".repeat(64), 10, "a.wav",
                new FormatFacts("wav", "int16", 48_000, 2, 16, null));
    }
}
