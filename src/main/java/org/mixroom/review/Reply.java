package org.mixroom.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A reply to a comment; part of the {@link Comment} aggregate. */
@Entity
@Table(name = "review_reply")
class Reply {

    @Id
    private UUID id;

    @Column(name = "author_id", nullable = false)
    private UUID authorId;

    @Column(name = "body", nullable = false, length = Comment.MAX_TEXT_LENGTH)
    private String text;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Reply() {
    }

    Reply(UUID authorId, String text, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.authorId = authorId;
        this.text = text;
        this.createdAt = createdAt;
    }

    UUID id() {
        return id;
    }

    UUID authorId() {
        return authorId;
    }

    String text() {
        return text;
    }

    Instant createdAt() {
        return createdAt;
    }
}
