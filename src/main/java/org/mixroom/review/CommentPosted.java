package org.mixroom.review;

import java.util.UUID;

public record CommentPosted(UUID commentId, UUID revisionId, UUID projectId) {
}
