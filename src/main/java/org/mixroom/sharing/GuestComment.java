package org.mixroom.sharing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A comment as guests see it: by display name only (a guest's followed by "(guest)"), never a username.
 *
 * @param endSeconds null for a comment at a point
 */
public record GuestComment(UUID id, double startSeconds, Double endSeconds, String text, String author,
                           Instant createdAt, boolean resolved, List<Reply> replies) {

    public record Reply(String author, String text, Instant createdAt) {
    }
}
