package org.mixroom.review;

import java.util.UUID;

public record ReplyPosted(UUID replyId, UUID commentId, UUID revisionId, UUID projectId) {
}
