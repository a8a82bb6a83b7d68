package org.mixroom.project;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A project with its members and its tracks in album order. */
public record ProjectDetails(UUID id, String name, Instant createdAt, String createdBy, ProjectRole role,
                             List<MemberView> members, List<TrackView> tracks) {
}
