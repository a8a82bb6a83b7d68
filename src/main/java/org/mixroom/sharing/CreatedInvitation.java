package org.mixroom.sharing;

import java.time.Instant;
import java.util.UUID;
import org.mixroom.project.ProjectRole;

/** An invitation just made, with its token: the only time the token is shown. */
public record CreatedInvitation(UUID id, UUID projectId, ProjectRole role, Instant expiresAt, String token) {
}
