package org.mixroom.project;

import java.time.Instant;
import java.util.UUID;

/**
 * A project as its members see it in a list.
 *
 * @param createdBy the creator's username
 * @param role      the asking member's own role
 */
public record ProjectView(UUID id, String name, Instant createdAt, String createdBy, ProjectRole role) {
}
