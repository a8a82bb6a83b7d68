package org.mixroom.sharing;

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
import org.mixroom.project.ProjectRole;

/** A one-time link that adds whoever opens it to a project with a role. Only the SHA-256 of its token is kept. */
@Entity
@Table(name = "sharing_invitation")
class Invitation {

    @Id
    private UUID id;

    @Column(name = "project_id", nullable = false)
    private UUID projectId;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProjectRole role;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "created_by", nullable = false)
    private UUID createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "accepted_by")
    private UUID acceptedBy;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    protected Invitation() {
    }

    Invitation(UUID projectId, ProjectRole role, String tokenHash, UUID createdBy, Instant createdAt,
            Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.projectId = projectId;
        this.role = role;
        this.tokenHash = tokenHash;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    UUID id() {
        return id;
    }

    UUID projectId() {
        return projectId;
    }

    ProjectRole role() {
        return role;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    boolean worksAt(Instant now) {
        return acceptedBy == null && now.isBefore(expiresAt);
    }
}
