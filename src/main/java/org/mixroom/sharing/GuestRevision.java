package org.mixroom.sharing;

/**
 * What a guest learns of the revision their link names: nothing of the project beyond the track's title.
 *
 * @param durationSeconds null until known
 * @param ready           whether the analysis (and so the waveform) is ready
 */
public record GuestRevision(String trackTitle, int revisionNumber, Double durationSeconds, boolean ready,
                            SharePermission permission, boolean download) {
}
