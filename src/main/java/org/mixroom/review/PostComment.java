package org.mixroom.review;

/**
 * A new comment, as typed: every field may be wrong, and {@link CommentService#post} says what is wrong in
 * plain words. {@code startSeconds} and {@code text} are required; the rest is optional.
 */
public record PostComment(Double startSeconds, Double endSeconds, Double lowHz, Double highHz, String category,
                          String text) {
}
