package org.mixroom.project;

import java.util.UUID;

/** A new entry was added to the project's audit history. */
public record AuditRecorded(UUID projectId) {
}
