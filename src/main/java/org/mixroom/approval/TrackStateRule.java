package org.mixroom.approval;

import java.time.Instant;
import java.util.function.Predicate;
import org.mixroom.project.TrackState;
import org.mixroom.project.TrackStatus;

/**
 * Turns a track's newest upload and last decision into its state:
 * <ol>
 * <li>no revision: IN_PROGRESS;</li>
 * <li>no decision yet, or the newest revision was uploaded after the last decision: AWAITING_APPROVAL;</li>
 * <li>the last decision asked for changes: CHANGES_REQUESTED;</li>
 * <li>the last decision approved a revision whose stored bytes still have the approved SHA-256: APPROVED;</li>
 * <li>it approved bytes that are no longer what is stored: AWAITING_APPROVAL, saying why.</li>
 * </ol>
 * Decisions are never deleted, so a revision uploaded after an approval leaves the approval in the history.
 */
final class TrackStateRule {

    static final String NO_LONGER_VALID =
            "Approval no longer valid: the stored file differs from the approved SHA-256.";

    private TrackStateRule() {
    }

    /**
     * @param newestUpload when the track's newest revision was uploaded; null if it has none
     * @param last         the track's last decision; null if there is none
     * @param intact       whether the blob stored under a SHA-256 still has that hash
     */
    static TrackStatus apply(Instant newestUpload, Approval last, Predicate<String> intact) {
        if (newestUpload == null) {
            return TrackStatus.IN_PROGRESS;
        }
        if (last == null || newestUpload.isAfter(last.decidedAt())) {
            return awaiting(null);
        }
        if (last.decision() == Decision.CHANGES_REQUESTED) {
            return new TrackStatus(TrackState.CHANGES_REQUESTED, null, null, null);
        }
        if (!intact.test(last.sha256())) {
            return awaiting(NO_LONGER_VALID);
        }
        return new TrackStatus(TrackState.APPROVED, last.revisionId(), last.sha256(), null);
    }

    private static TrackStatus awaiting(String warning) {
        return new TrackStatus(TrackState.AWAITING_APPROVAL, null, null, warning);
    }
}
