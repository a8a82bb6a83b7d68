package org.mixroom.project;

import java.util.UUID;

/** Someone is no longer a member of a project. */
public record MemberRemoved(UUID projectId, UUID userId) {
}
