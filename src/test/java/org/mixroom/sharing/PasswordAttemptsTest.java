package org.mixroom.sharing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mixroom.shared.web.MixroomException;

class PasswordAttemptsTest {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void stopsTakingPasswordsAfterTooManyWrongOnesUntilTheWindowHasPassed() {
        ManualClock clock = new ManualClock();
        PasswordAttempts attempts = new PasswordAttempts(clock);
        UUID link = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        for (int i = 0; i < PasswordAttempts.MAX_FAILURES; i++) {
            attempts.requireAllowed(link);
            attempts.failed(link);
            clock.now = clock.now.plusSeconds(1);
        }

        assertThatThrownBy(() -> attempts.requireAllowed(link)).isInstanceOf(MixroomException.class)
                .hasMessage("Too many wrong passwords for this link; try again in 15 minutes.")
                .extracting(e -> ((MixroomException) e).kind()).isEqualTo(MixroomException.Kind.TOO_MANY);
        assertThatCode(() -> attempts.requireAllowed(other)).doesNotThrowAnyException();

        clock.now = clock.now.plus(PasswordAttempts.WINDOW);
        assertThatCode(() -> attempts.requireAllowed(link)).doesNotThrowAnyException();
    }

    @Test
    void forgetsFailuresOlderThanTheWindow() {
        ManualClock clock = new ManualClock();
        PasswordAttempts attempts = new PasswordAttempts(clock);
        UUID link = UUID.randomUUID();
        for (int i = 0; i < PasswordAttempts.MAX_FAILURES - 1; i++) {
            attempts.failed(link);
        }
        clock.now = clock.now.plus(PasswordAttempts.WINDOW).plus(Duration.ofSeconds(1));
        attempts.failed(link);
        assertThatCode(() -> attempts.requireAllowed(link)).doesNotThrowAnyException();
    }
}
