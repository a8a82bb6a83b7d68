/**
 * Projects (an album, EP or single), their members with a role (owner, engineer, artist, viewer) and their
 * tracks in album order. {@link org.mixroom.project.ProjectAccess} is where every feature checks who may do
 * what. Publishes {@code ProjectCreated}, {@code MemberAdded} (a join or a role change),
 * {@code MemberRemoved}, {@code TrackAdded} and {@code TracksReordered} after commit.
 */
package org.mixroom.project;
