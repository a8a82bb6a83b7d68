package org.mixroom.project;

import java.util.UUID;

/** What {@link ProjectAccess#requireTrack} found: the track, its project and the member's role there. */
public record TrackAccess(UUID trackId, UUID projectId, ProjectRole role) {
}
