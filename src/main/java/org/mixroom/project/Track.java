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

/**
 * A song of a project, or a reference track (a commercial master to compare against) which has no place in the
 * album. {@code position} is the 0-based place among the project's tracks of the same kind: for songs, the album's
 * running order.
 */
@Entity
@Table(name = "track")
class Track {

    static final int MAX_TITLE_LENGTH = 200;

    @Id
    private UUID id;

    @Column(name = "project_id", nullable = false)
    private UUID projectId;

    @Column(nullable = false, length = MAX_TITLE_LENGTH)
    private String title;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private TrackKind kind;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Track() {
    }

    Track(UUID projectId, TrackKind kind, String title, int position, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.projectId = projectId;
        this.kind = kind;
        this.title = title;
        this.position = position;
        this.createdAt = createdAt;
    }

    UUID id() {
        return id;
    }

    UUID projectId() {
        return projectId;
    }

    String title() {
        return title;
    }

    TrackKind kind() {
        return kind;
    }

    int position() {
        return position;
    }

    void moveTo(int position) {
        this.position = position;
    }

    void rename(String title) {
        this.title = title;
    }

    TrackView toView() {
        return new TrackView(id, projectId, title, position, createdAt, kind == TrackKind.REFERENCE);
    }
}
