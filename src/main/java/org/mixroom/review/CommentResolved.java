package org.mixroom.review;

import java.util.UUID;

public record CommentResolved(UUID commentId, UUID revisionId, UUID projectId) {
}
