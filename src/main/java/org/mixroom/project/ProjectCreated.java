package org.mixroom.project;

import java.util.UUID;

public record ProjectCreated(UUID projectId, UUID ownerId) {
}
