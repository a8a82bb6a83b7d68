package org.mixroom.review;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A reply to a comment; {@code author} is the author's username, {@code mentions} the usernames of the project's
 * members the text mentions.
 */
public record ReplyView(UUID id, UUID commentId, String text, String author, String authorName, Instant createdAt,
                        List<String> mentions) {
}
