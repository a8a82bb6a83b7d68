package org.mixroom.revision;

import java.util.UUID;

/** A revision was stored and committed with status QUEUED; its analysis can start. */
public record RevisionUploaded(UUID revisionId, UUID trackId, UUID projectId, String sha256) {
}
