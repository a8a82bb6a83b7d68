package org.mixroom.revision;

import java.util.UUID;

/** A revision's analysis status changed (to ANALYSING, READY or FAILED). */
public record RevisionStatusChanged(UUID revisionId, UUID trackId, UUID projectId, RevisionStatus status) {
}
