package org.mixroom.review;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A comment with its replies, oldest reply first.
 *
 * @param endSeconds null for a comment at a point
 * @param lowHz      null without a band (then so is {@code highHz})
 * @param category   null without a category
 * @param author     the author's username
 * @param resolvedBy username of whoever resolved it; null while open
 * @param mentions   usernames of the project's members the text mentions ({@code @username}), in order
 */
public record CommentView(UUID id, UUID revisionId, double startSeconds, Double endSeconds, Double lowHz,
                          Double highHz, CommentCategory category, String text, String author, String authorName,
                          Instant createdAt, boolean resolved, String resolvedBy, Instant resolvedAt,
                          List<ReplyView> replies, List<String> mentions) {
}
