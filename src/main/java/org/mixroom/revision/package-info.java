/**
 * Revisions of a track: the upload pipeline (streamed, hashed, probed, stored by SHA-256, committed as
 * QUEUED), the numbered history with change notes, the audio, and the analysis status the analysis module
 * moves along. Publishes {@code RevisionUploaded} and {@code RevisionStatusChanged} after commit, and
 * {@code RevisionSuperseded} inside the upload's transaction.
 */
package org.mixroom.revision;
