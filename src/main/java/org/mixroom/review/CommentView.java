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
 * @param author     the author's username; null for a guest's comment
 * @param authorName the author's display name, or the name a guest typed
 * @param guestName  the name a guest typed, for a comment posted through a share link; null for a member's
 * @param resolvedBy username of whoever resolved it; null while open
 * @param carriedFrom the number of the revision the comment was first posted on, if it was carried forward
 *                    to this one while open; null for a comment posted here
 * @param mentions   usernames of the project's members the text mentions ({@code @username}), in order
 */
public record CommentView(UUID id, UUID revisionId, double startSeconds, Double endSeconds, Double lowHz,
                          Double highHz, CommentCategory category, String text, String author, String authorName,
                          String guestName, Instant createdAt, boolean resolved, String resolvedBy, Instant resolvedAt,
                          Integer carriedFrom, List<ReplyView> replies, List<String> mentions) {

    /** Who wrote it, as people read it: the username, or the guest's name followed by "(guest)". */
    public String signature() {
        return guestName == null ? author : guestName + " (guest)";
    }
}
