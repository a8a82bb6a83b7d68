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

/** Someone's membership of a project, with their role there. */
@Entity
@Table(name = "project_member")
class Member {

    @Id
    private UUID id;

    @Column(name = "project_id", nullable = false)
    private UUID projectId;

    @Column(name = "user_id", nullable = false)
    private UUID userId;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProjectRole role;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected Member() {
    }

    Member(UUID projectId, UUID userId, ProjectRole role, Instant addedAt) {
        this.id = UUID.randomUUID();
        this.projectId = projectId;
        this.userId = userId;
        this.role = role;
        this.addedAt = addedAt;
    }

    UUID projectId() {
        return projectId;
    }

    UUID userId() {
        return userId;
    }

    ProjectRole role() {
        return role;
    }

    Instant addedAt() {
        return addedAt;
    }

    void changeRole(ProjectRole role) {
        this.role = role;
    }
}
