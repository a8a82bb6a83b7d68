package org.mixroom.review;

/**
 * Where in the track a comment points: a moment ({@code endSeconds} null) or a span.
 *
 * @param startSeconds seconds from the start of the file, ≥ 0
 * @param endSeconds   null for a point; otherwise ≥ {@code startSeconds}
 */
public record TimeAnchor(double startSeconds, Double endSeconds) {

    /** The longest track a comment can point into: 24 hours. */
    public static final double MAX_SECONDS = 24 * 3600;

    public TimeAnchor {
        if (!Double.isFinite(startSeconds) || startSeconds < 0 || startSeconds > MAX_SECONDS) {
            throw new IllegalArgumentException("startSeconds must be a number of seconds from 0 to " + (int) MAX_SECONDS
                    + ".");
        }
        if (endSeconds != null && (!Double.isFinite(endSeconds) || endSeconds < startSeconds
                || endSeconds > MAX_SECONDS)) {
            throw new IllegalArgumentException("endSeconds must not lie before startSeconds.");
        }
    }

    public boolean isRange() {
        return endSeconds != null;
    }

    /** The last moment the anchor covers. */
    public double lastSecond() {
        return endSeconds == null ? startSeconds : endSeconds;
    }
}
