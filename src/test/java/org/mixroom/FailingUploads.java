package org.mixroom;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.mixroom.revision.RevisionSuperseded;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Makes the next upload to a chosen track fail at the last moment, just before its transaction commits and
 * after every listener of {@link RevisionSuperseded} has run, so a test can check that what those listeners
 * wrote rolls back with the upload. Notes how many comments the new revision had at that moment.
 */
@Component
public class FailingUploads {

    private final JdbcTemplate jdbc;
    private final Set<UUID> armed = ConcurrentHashMap.newKeySet();
    private final Map<UUID, Integer> commentsBeforeFailure = new ConcurrentHashMap<>();

    FailingUploads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void failNextUploadTo(UUID trackId) {
        armed.add(trackId);
    }

    /** How many comments the failed revision had inside its transaction, just before it rolled back. */
    public Integer commentsBeforeFailure(UUID trackId) {
        return commentsBeforeFailure.get(trackId);
    }

    @EventListener
    void on(RevisionSuperseded superseded) {
        if (!armed.remove(superseded.trackId())) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                commentsBeforeFailure.put(superseded.trackId(), jdbc.queryForObject(
                        "select count(*) from review_comment where revision_id = ?", Integer.class,
                        superseded.revisionId()));
                throw new IllegalStateException("upload refused by the test");
            }
        });
    }
}
