package org.mixroom.revision;

import java.util.UUID;

/**
 * The ids around a revision that other modules need after an access check: which track and project it
 * belongs to, its state and, once known, its duration.
 */
public record RevisionRef(UUID revisionId, UUID trackId, UUID projectId, RevisionStatus status,
                          Double durationSeconds) {
}
