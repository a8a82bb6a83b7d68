package org.mixroom.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A song of a project; {@code position} is its 0-based place in the album's running order. */
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

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Track() {
    }

    Track(UUID projectId, String title, int position, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.projectId = projectId;
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
        return new TrackView(id, projectId, title, position, createdAt);
    }
}
