package org.mixroom.project;

import java.util.UUID;

/** Someone joined a project, or their role changed. */
public record MemberAdded(UUID projectId, UUID userId, ProjectRole role) {
}
