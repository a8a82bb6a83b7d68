package org.mixroom.review;

import java.util.List;
import java.util.UUID;

/**
 * A comment or reply as news: who wrote it, its text, the members it mentions, and for a reply everyone who
 * wrote in the thread before it (the comment's author first), each once.
 */
public record Posting(UUID authorId, String text, List<UUID> mentioned, List<UUID> earlierParticipants) {
}
