package org.mixroom.approval;

import java.util.UUID;

/** An artist or owner approved a revision as final. */
public record RevisionApproved(UUID approvalId, UUID revisionId, UUID trackId, UUID projectId, UUID actorId) {
}
