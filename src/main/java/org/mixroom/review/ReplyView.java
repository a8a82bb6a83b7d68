package org.mixroom.review;

import java.time.Instant;
import java.util.UUID;

/** A reply to a comment; {@code author} is the author's username. */
public record ReplyView(UUID id, UUID commentId, String text, String author, String authorName, Instant createdAt) {
}
