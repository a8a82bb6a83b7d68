package org.mixroom.project;

import java.util.UUID;

/**
 * Someone joined a project, or their role changed (or was set again to what it was).
 *
 * @param previousRole the role before, or null if they were not a member
 * @param actorId      who added them or changed the role; the person themselves when they accepted an invitation
 */
public record MemberAdded(UUID projectId, UUID userId, ProjectRole role, ProjectRole previousRole, UUID actorId) {
}
