package org.mixroom.approval;

import java.time.Instant;
import java.util.UUID;

/**
 * A decision on a revision.
 *
 * @param decidedBy the username of the artist or owner who decided
 * @param sha256    the SHA-256 of the bytes decided on
 * @param valid     whether the stored file still has that SHA-256; an approval that is not valid no longer
 *                  counts
 */
public record ApprovalView(UUID id, UUID revisionId, int revisionNumber, UUID trackId, UUID projectId,
                           Decision decision, String note, String decidedBy, Instant decidedAt, String sha256,
                           boolean valid) {
}
