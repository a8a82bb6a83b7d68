package org.mixroom.project;

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

/** One line of a project's audit history; written once, never changed. Fields that do not apply are null. */
@Entity
@Table(name = "project_audit")
class AuditEntry {

    @Id
    private UUID id;

    @Column(name = "project_id", nullable = false)
    private UUID projectId;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private AuditKind kind;

    @Column(name = "actor_id")
    private UUID actorId;

    @Column(name = "member_id")
    private UUID memberId;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private ProjectRole role;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Enumerated(EnumType.STRING)
    @Column(name = "previous_role", length = 20)
    private ProjectRole previousRole;

    @Column(name = "track_id")
    private UUID trackId;

    @Column(name = "revision_id")
    private UUID revisionId;

    @Column(name = "revision_number")
    private Integer revisionNumber;

    @Column(length = 64)
    private String sha256;

    @Column(length = 5000)
    private String note;

    protected AuditEntry() {
    }

    private AuditEntry(UUID projectId, Instant recordedAt, AuditKind kind, UUID actorId) {
        this.id = UUID.randomUUID();
        this.projectId = projectId;
        this.recordedAt = recordedAt;
        this.kind = kind;
        this.actorId = actorId;
    }

    static AuditEntry membership(UUID projectId, Instant at, AuditKind kind, UUID actorId, UUID memberId,
            ProjectRole role, ProjectRole previousRole) {
        AuditEntry entry = new AuditEntry(projectId, at, kind, actorId);
        entry.memberId = memberId;
        entry.role = role;
        entry.previousRole = previousRole;
        return entry;
    }

    static AuditEntry decision(UUID projectId, Instant at, AuditKind kind, UUID actorId, UUID trackId,
            UUID revisionId, int revisionNumber, String sha256, String note) {
        AuditEntry entry = new AuditEntry(projectId, at, kind, actorId);
        entry.trackId = trackId;
        entry.revisionId = revisionId;
        entry.revisionNumber = revisionNumber;
        entry.sha256 = sha256;
        entry.note = note;
        return entry;
    }

    UUID id() {
        return id;
    }

    UUID projectId() {
        return projectId;
    }

    Instant recordedAt() {
        return recordedAt;
    }

    AuditKind kind() {
        return kind;
    }

    UUID actorId() {
        return actorId;
    }

    UUID memberId() {
        return memberId;
    }

    ProjectRole role() {
        return role;
    }

    ProjectRole previousRole() {
        return previousRole;
    }

    UUID trackId() {
        return trackId;
    }

    UUID revisionId() {
        return revisionId;
    }

    Integer revisionNumber() {
        return revisionNumber;
    }

    String sha256() {
        return sha256;
    }

    String note() {
        return note;
    }
}
