/**
 * Approval of a revision as final, or a request for changes, bound to the SHA-256 of the bytes decided on;
 * an approval stops counting as soon as the stored file no longer has that hash. Decides each track's state
 * ({@link org.mixroom.project.TrackStatuses}) and records decisions in the project's audit history.
 * Publishes {@code RevisionApproved}, {@code ChangesRequested} and {@code project.TrackStateChanged} after
 * commit.
 */
package org.mixroom.approval;
