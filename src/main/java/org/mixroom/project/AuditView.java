package org.mixroom.project;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of a project's audit history. Fields that do not apply to its {@code kind} are null.
 *
 * @param actor   the username of whoever acted; null if not known
 * @param summary what happened, in one plain sentence
 * @param member  the username of the member added or whose role changed
 */
public record AuditView(UUID id, Instant at, AuditKind kind, String actor, String summary, String member,
                        ProjectRole role, ProjectRole previousRole, UUID trackId, UUID revisionId,
                        Integer revisionNumber, String sha256, String note) {
}
