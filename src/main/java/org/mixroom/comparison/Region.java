package org.mixroom.comparison;

import org.mixroom.shared.web.MixroomException;

/** A stretch of time, in seconds from the start, over which two sides are matched in loudness. */
public record Region(double startSeconds, double endSeconds) {
    public Region {
        if (!(startSeconds >= 0) || !(endSeconds > startSeconds) || !Double.isFinite(endSeconds)) {
            throw MixroomException.invalid("A region starts at 0 s or later and ends after it starts.");
        }
    }

    /** The region from two optional parameters: none when both are absent; both must be given otherwise. */
    public static Region of(Double startSeconds, Double endSeconds) {
        if (startSeconds == null && endSeconds == null) {
            return null;
        }
        if (startSeconds == null || endSeconds == null) {
            throw MixroomException.invalid("Give both the start and the end of the region, or neither.");
        }
        return new Region(startSeconds, endSeconds);
    }
}
