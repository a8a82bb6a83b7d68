package org.mixroom.notification;

import java.util.UUID;

/**
 * An event as notifications tell it: who did it, where, and what to quote.
 *
 * @param sourceId  the comment, reply, revision or approval it is about; one notification per person per source
 * @param commentId the comment to open, or null for news about the revision as a whole
 * @param subject   what it happened to, such as "Song · revision 3"
 * @param excerpt   the words to quote, or null
 */
record Happening(UUID sourceId, UUID actorId, UUID projectId, UUID revisionId, UUID commentId, String subject,
                 String excerpt) {
}
