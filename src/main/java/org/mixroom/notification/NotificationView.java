package org.mixroom.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * A notification as its recipient reads it.
 *
 * @param actor     username of whoever did it
 * @param commentId the comment it is about, or null for news about the revision
 * @param subject   what it happened to, such as "Song · revision 3"
 * @param excerpt   the words quoted from the comment or reply, or null
 * @param message   one sentence: "Mastering engineer mentioned you in a comment on Song · revision 3"
 * @param link      the path to open, with the comment when there is one: {@code /revisions/{id}?comment={id}}
 */
public record NotificationView(UUID id, NotificationKind kind, String actor, String actorName, UUID projectId,
                               UUID revisionId, UUID commentId, String subject, String excerpt, String message,
                               String link, Instant createdAt, boolean read) {
}
