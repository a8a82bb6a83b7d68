package org.mixroom;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.mixroom.approval.ChangesRequested;
import org.mixroom.approval.RevisionApproved;
import org.mixroom.review.CommentPosted;
import org.mixroom.revision.RevisionUploaded;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Records Mixroom's own events as a listener in the running application sees them (a component found by
 * scanning in test runs only). For a new revision, comment or decision it also notes whether another database
 * connection could already see the row when the event arrived: it can only if the event came after commit.
 */
@Component
public class RecordedEvents {

    /** An event and, for a new row, whether the row was committed when the event arrived (else null). */
    public record Recorded(Object event, Boolean committed) {
    }

    private final List<Recorded> events = new CopyOnWriteArrayList<>();
    private final JdbcTemplate jdbc;

    RecordedEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(Object event) {
        if (!event.getClass().getName().startsWith("org.mixroom.")) {
            return;
        }
        Boolean committed = switch (event) {
            case RevisionUploaded uploaded -> visibleElsewhere("revision", uploaded.revisionId());
            case CommentPosted posted -> visibleElsewhere("review_comment", posted.commentId());
            case RevisionApproved approved -> visibleElsewhere("approval", approved.approvalId());
            case ChangesRequested requested -> visibleElsewhere("approval", requested.approvalId());
            default -> null;
        };
        events.add(new Recorded(event, committed));
    }

    /** Whether a fresh connection, on another thread, sees the row. */
    private boolean visibleElsewhere(String table, UUID id) {
        return CompletableFuture.supplyAsync(() -> jdbc.queryForObject(
                "select count(*) from " + table + " where id = ?", Integer.class, id) == 1).join();
    }

    /** Whether the event (the first recorded one equal to it) arrived after its row was committed. */
    public Boolean committedWhenPublished(Object event) {
        return events.stream().filter(r -> r.event().equals(event)).findFirst().map(Recorded::committed)
                .orElseThrow();
    }

    /** Waits up to 30 s for an event of this type that matches, and returns it. */
    public <T> T await(Class<T> type, Predicate<T> matching) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            for (Recorded recorded : events) {
                if (type.isInstance(recorded.event()) && matching.test(type.cast(recorded.event()))) {
                    return type.cast(recorded.event());
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no " + type.getSimpleName() + " arrived; recorded: " + events);
    }

    /** All recorded events of this type that match, in order of arrival. */
    public <T> List<T> all(Class<T> type, Predicate<T> matching) {
        return events.stream().map(Recorded::event).filter(type::isInstance).map(type::cast).filter(matching)
                .toList();
    }
}
