package org.mixroom.approval;

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

/** One decision on one revision, with the SHA-256 of the bytes decided on; never changed once written. */
@Entity
@Table(name = "approval")
class Approval {

    static final int MAX_NOTE_LENGTH = 5000;

    @Id
    private UUID id;

    @Column(name = "revision_id", nullable = false)
    private UUID revisionId;

    @Column(name = "track_id", nullable = false)
    private UUID trackId;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Decision decision;

    @Column(nullable = false, length = MAX_NOTE_LENGTH)
    private String note;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "decided_by", nullable = false)
    private UUID decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected Approval() {
    }

    Approval(UUID revisionId, UUID trackId, Decision decision, String note, String sha256, UUID decidedBy,
            Instant decidedAt) {
        this.id = UUID.randomUUID();
        this.revisionId = revisionId;
        this.trackId = trackId;
        this.decision = decision;
        this.note = note;
        this.sha256 = sha256;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    UUID id() {
        return id;
    }

    UUID revisionId() {
        return revisionId;
    }

    UUID trackId() {
        return trackId;
    }

    Decision decision() {
        return decision;
    }

    String note() {
        return note;
    }

    String sha256() {
        return sha256;
    }

    UUID decidedBy() {
        return decidedBy;
    }

    Instant decidedAt() {
        return decidedAt;
    }
}
