package org.mixroom.project;

import java.time.Instant;
import java.util.UUID;

/**
 * A track; {@code position} is its 0-based place in the album order, or among the references for a
 * {@code reference} track (a commercial master to compare against, outside the album).
 */
public record TrackView(UUID id, UUID projectId, String title, int position, Instant createdAt, boolean reference) {
}
