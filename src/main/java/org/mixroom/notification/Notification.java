package org.mixroom.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One person's notice of one event. {@code sourceId} names what happened (the comment, reply, revision or
 * approval), so each person gets at most one notification per event. The subject and excerpt are kept as they
 * were when it happened, like a letter.
 */
@Entity
@Table(name = "notification")
class Notification {

    static final int MAX_SUBJECT_LENGTH = 300;
    static final int MAX_EXCERPT_LENGTH = 300;

    @Id
    private UUID id;

    @Column(name = "recipient_id", nullable = false)
    private UUID recipientId;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private NotificationKind kind;

    @Column(name = "source_id", nullable = false)
    private UUID sourceId;

    @Column(name = "actor_id", nullable = false)
    private UUID actorId;

    @Column(name = "project_id", nullable = false)
    private UUID projectId;

    @Column(name = "revision_id", nullable = false)
    private UUID revisionId;

    @Column(name = "comment_id")
    private UUID commentId;

    @Column(nullable = false, length = MAX_SUBJECT_LENGTH)
    private String subject;

    @Column(length = MAX_EXCERPT_LENGTH)
    private String excerpt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    Notification(UUID recipientId, NotificationKind kind, Happening happening, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.recipientId = recipientId;
        this.kind = kind;
        this.sourceId = happening.sourceId();
        this.actorId = happening.actorId();
        this.projectId = happening.projectId();
        this.revisionId = happening.revisionId();
        this.commentId = happening.commentId();
        this.subject = cut(happening.subject(), MAX_SUBJECT_LENGTH);
        this.excerpt = happening.excerpt() == null ? null : cut(happening.excerpt(), MAX_EXCERPT_LENGTH);
        this.createdAt = createdAt;
    }

    private static String cut(String text, int max) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1) + "…";
    }

    UUID id() {
        return id;
    }

    UUID recipientId() {
        return recipientId;
    }

    NotificationKind kind() {
        return kind;
    }

    UUID sourceId() {
        return sourceId;
    }

    UUID actorId() {
        return actorId;
    }

    UUID projectId() {
        return projectId;
    }

    UUID revisionId() {
        return revisionId;
    }

    UUID commentId() {
        return commentId;
    }

    String subject() {
        return subject;
    }

    String excerpt() {
        return excerpt;
    }

    Instant createdAt() {
        return createdAt;
    }

    boolean read() {
        return readAt != null;
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }
}
