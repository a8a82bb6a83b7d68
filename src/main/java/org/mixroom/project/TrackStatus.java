package org.mixroom.project;

import java.util.UUID;

/**
 * A track's state, with the approved revision while the track is APPROVED.
 *
 * @param approvedRevisionId the approved revision; null unless {@code state} is APPROVED
 * @param approvedSha256     the SHA-256 of the approved bytes; null unless {@code state} is APPROVED
 * @param approvalWarning    why the last approval no longer counts, in plain words; null if nothing is wrong
 */
public record TrackStatus(TrackState state, UUID approvedRevisionId, String approvedSha256, String approvalWarning) {

    public static final TrackStatus IN_PROGRESS = new TrackStatus(TrackState.IN_PROGRESS, null, null, null);
}
