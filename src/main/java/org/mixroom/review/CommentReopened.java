package org.mixroom.review;

import java.util.UUID;

public record CommentReopened(UUID commentId, UUID revisionId, UUID projectId) {
}
