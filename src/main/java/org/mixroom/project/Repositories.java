package org.mixroom.project;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectRepository extends JpaRepository<Project, UUID> {
}

interface MemberRepository extends JpaRepository<Member, UUID> {
    Optional<Member> findByProjectIdAndUserId(UUID projectId, UUID userId);

    List<Member> findByUserId(UUID userId);

    List<Member> findByProjectIdOrderByAddedAt(UUID projectId);

    long countByProjectIdAndRole(UUID projectId, ProjectRole role);
}

interface TrackRepository extends JpaRepository<Track, UUID> {
    List<Track> findByProjectIdAndKindOrderByPositionAscCreatedAtAsc(UUID projectId, TrackKind kind);

    long countByProjectIdAndKind(UUID projectId, TrackKind kind);

    /** Album tracks and references alike. */
    List<Track> findByProjectId(UUID projectId);
}

interface AuditRepository extends JpaRepository<AuditEntry, UUID> {
    List<AuditEntry> findByProjectIdOrderByRecordedAtDesc(UUID projectId);
}
