package org.mixroom.review;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A comment on a revision with its replies: the aggregate root of review. */
@Entity
@Table(name = "review_comment")
class Comment {

    static final int MAX_TEXT_LENGTH = 5000;
    static final int MAX_GUEST_NAME_LENGTH = 100;

    @Id
    private UUID id;

    @Column(name = "revision_id", nullable = false)
    private UUID revisionId;

    /** The member who wrote it; null for a guest's comment. */
    @Column(name = "author_id")
    private UUID authorId;

    /** The name a guest typed; null for a member's comment. */
    @Column(name = "guest_name", length = MAX_GUEST_NAME_LENGTH)
    private String guestName;

    @Column(name = "start_seconds", nullable = false)
    private double startSeconds;

    @Column(name = "end_seconds")
    private Double endSeconds;

    @Column(name = "low_hz")
    private Double lowHz;

    @Column(name = "high_hz")
    private Double highHz;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private CommentCategory category;

    @Column(name = "body", nullable = false, length = MAX_TEXT_LENGTH)
    private String text;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private boolean resolved;

    @Column(name = "resolved_by")
    private UUID resolvedBy;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "carried_from_comment_id")
    private UUID carriedFromCommentId;

    @Column(name = "carried_from_revision")
    private Integer carriedFromRevision;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "comment_id", nullable = false, updatable = false)
    @OrderBy("createdAt")
    private List<Reply> replies = new ArrayList<>();

    protected Comment() {
    }

    /** A comment by a member ({@code authorId} set) or by a guest ({@code guestName} set). */
    Comment(UUID revisionId, UUID authorId, String guestName, TimeAnchor anchor, FrequencyBand band,
            CommentCategory category, String text, Instant createdAt) {
        if ((authorId == null) == (guestName == null)) {
            throw new IllegalArgumentException("a comment has either a member or a guest as its author");
        }
        this.id = UUID.randomUUID();
        this.revisionId = revisionId;
        this.authorId = authorId;
        this.guestName = guestName;
        this.startSeconds = anchor.startSeconds();
        this.endSeconds = anchor.endSeconds();
        this.lowHz = band == null ? null : band.lowHz();
        this.highHz = band == null ? null : band.highHz();
        this.category = category;
        this.text = text;
        this.createdAt = createdAt;
    }

    UUID id() {
        return id;
    }

    UUID revisionId() {
        return revisionId;
    }

    UUID authorId() {
        return authorId;
    }

    String guestName() {
        return guestName;
    }

    double startSeconds() {
        return startSeconds;
    }

    Double endSeconds() {
        return endSeconds;
    }

    Double lowHz() {
        return lowHz;
    }

    Double highHz() {
        return highHz;
    }

    CommentCategory category() {
        return category;
    }

    String text() {
        return text;
    }

    Instant createdAt() {
        return createdAt;
    }

    boolean resolved() {
        return resolved;
    }

    UUID resolvedBy() {
        return resolvedBy;
    }

    Instant resolvedAt() {
        return resolvedAt;
    }

    /** The number of the revision this open comment was first posted on, if it was carried forward; else null. */
    Integer carriedFromRevision() {
        return carriedFromRevision;
    }

    List<Reply> replies() {
        return replies;
    }

    /**
     * A copy of this open comment on the next revision: same author (member or guest), time anchor, band, category, text and
     * creation time, with the replies as they stand (each keeping its author and time). It links back to this
     * comment and remembers the revision where the comment was first posted, {@code fromRevision} unless this
     * comment was itself carried.
     */
    Comment carriedTo(UUID nextRevisionId, int fromRevision) {
        if (resolved) {
            throw new IllegalStateException("comment " + id + " is resolved; only open comments are carried");
        }
        Comment copy = new Comment(nextRevisionId, authorId, guestName, new TimeAnchor(startSeconds, endSeconds),
                FrequencyBand.of(lowHz, highHz), category, text, createdAt);
        copy.carriedFromCommentId = id;
        copy.carriedFromRevision = carriedFromRevision == null ? fromRevision : carriedFromRevision;
        replies.forEach(r -> copy.replies.add(new Reply(r.authorId(), r.text(), r.createdAt())));
        return copy;
    }

    Reply reply(UUID authorId, String text, Instant at) {
        Reply reply = new Reply(authorId, text, at);
        replies.add(reply);
        return reply;
    }

    void resolve(UUID by, Instant at) {
        if (resolved) {
            throw new IllegalStateException("comment " + id + " is resolved already");
        }
        resolved = true;
        resolvedBy = by;
        resolvedAt = at;
    }

    void reopen() {
        if (!resolved) {
            throw new IllegalStateException("comment " + id + " is open already");
        }
        resolved = false;
        resolvedBy = null;
        resolvedAt = null;
    }
}
