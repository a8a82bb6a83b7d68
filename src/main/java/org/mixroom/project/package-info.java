/**
 * Projects (an album, EP or single), their members with a role (owner, engineer, artist, viewer), their
 * tracks in album order (and reference tracks outside it), and the project's audit history
 * ({@link org.mixroom.project.ProjectAudit}). {@link org.mixroom.project.ProjectAccess} is where every feature
 * checks who may do what; a track's state comes from {@link org.mixroom.project.TrackStatuses}, which the
 * approval module implements. Publishes {@code ProjectCreated}, {@code MemberAdded} (a join or a role change),
 * {@code MemberRemoved}, {@code TrackAdded}, {@code TracksReordered} and {@code AuditRecorded} after commit.
 */
package org.mixroom.project;
