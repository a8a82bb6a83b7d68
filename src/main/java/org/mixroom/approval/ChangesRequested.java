package org.mixroom.approval;

import java.util.UUID;

/** An artist or owner asked for changes to a revision. */
public record ChangesRequested(UUID approvalId, UUID revisionId, UUID trackId, UUID projectId, UUID actorId) {
}
