package org.mixroom.sharing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.mixroom.shared.web.MixroomException;
import org.springframework.stereotype.Component;

/**
 * Wrong passwords per share link, so that guessing one stalls: after {@value #MAX_FAILURES} within
 * {@link #WINDOW}, the link takes no password until the oldest of them is that old. Kept in memory only; a
 * restart forgets them, which gives a guesser a few more tries, not a way in.
 */
@Component
class PasswordAttempts {

    static final int MAX_FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Map<UUID, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    PasswordAttempts(Clock clock) {
        this.clock = clock;
    }

    /** Refuses (429) while the link has had too many wrong passwords lately. */
    void requireAllowed(UUID linkId) {
        Deque<Instant> recent = failures.get(linkId);
        if (recent == null) {
            return;
        }
        synchronized (recent) {
            Instant now = clock.instant();
            while (!recent.isEmpty() && !recent.peekFirst().plus(WINDOW).isAfter(now)) {
                recent.removeFirst();
            }
            if (recent.isEmpty()) {
                failures.remove(linkId, recent);
            } else if (recent.size() >= MAX_FAILURES) {
                long minutes = Math.max(1, Duration.between(now, recent.peekFirst().plus(WINDOW)).toMinutes() + 1);
                throw new MixroomException(MixroomException.Kind.TOO_MANY, "Too many wrong passwords for this link; "
                        + "try again in " + minutes + (minutes == 1 ? " minute." : " minutes."));
            }
        }
    }

    void failed(UUID linkId) {
        Deque<Instant> recent = failures.computeIfAbsent(linkId, id -> new ArrayDeque<>());
        synchronized (recent) {
            recent.addLast(clock.instant());
        }
    }
}
