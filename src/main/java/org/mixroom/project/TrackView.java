package org.mixroom.project;

import java.time.Instant;
import java.util.UUID;

/** A track; {@code position} is its 0-based place in the album order. */
public record TrackView(UUID id, UUID projectId, String title, int position, Instant createdAt) {
}
