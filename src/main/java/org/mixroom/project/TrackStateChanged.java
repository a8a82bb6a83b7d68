package org.mixroom.project;

import java.util.UUID;

/** A track's state may have changed: a revision was uploaded, approved, or changes were requested. */
public record TrackStateChanged(UUID projectId, UUID trackId) {
}
