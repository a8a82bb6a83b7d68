package org.mixroom.review.export;

/**
 * A comment as the exports see it.
 *
 * @param endSeconds null for a point comment
 * @param lowHz      null unless the comment names a frequency band; likewise highHz
 */
public record ExportedComment(double startSeconds, Double endSeconds, Double lowHz, Double highHz, String category,
                              String author, boolean resolved, String text) {
    public ExportedComment {
        if (startSeconds < 0 || endSeconds != null && endSeconds < startSeconds) {
            throw new IllegalArgumentException("a comment runs forward from 0 s: " + startSeconds + " to " + endSeconds);
        }
    }

    public boolean isRange() {
        return endSeconds != null && endSeconds > startSeconds;
    }

    public boolean hasBand() {
        return lowHz != null && highHz != null;
    }

    /** The comment's end, or its start for a point. */
    public double endOrStart() {
        return endSeconds == null ? startSeconds : endSeconds;
    }
}
