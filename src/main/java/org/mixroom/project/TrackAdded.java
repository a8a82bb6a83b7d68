package org.mixroom.project;

import java.util.UUID;

public record TrackAdded(UUID projectId, UUID trackId) {
}
