package org.mixroom.project;

import java.util.UUID;

/**
 * Someone joined a project, or their role changed (or was set again to what it was).
 *
 * @param previousRole the role before, or null if they were not a member (or the publisher does not say)
 * @param actorId      who added them or changed the role, or null if the publisher does not say
 */
public record MemberAdded(UUID projectId, UUID userId, ProjectRole role, ProjectRole previousRole, UUID actorId) {

    /** News of a membership without saying who acted or what the role was before. */
    public MemberAdded(UUID projectId, UUID userId, ProjectRole role) {
        this(projectId, userId, role, null, null);
    }
}
