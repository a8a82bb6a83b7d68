package org.mixroom.project.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.mixroom.project.AuditView;
import org.mixroom.project.MemberView;
import org.mixroom.project.ProjectAudit;
import org.mixroom.project.ProjectDetails;
import org.mixroom.project.ProjectService;
import org.mixroom.project.ProjectView;
import org.mixroom.project.TrackState;
import org.mixroom.project.TrackStatus;
import org.mixroom.project.TrackStatuses;
import org.mixroom.project.TrackView;
import org.mixroom.shared.security.MixroomUser;
import org.mixroom.shared.web.MixroomException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Projects, members and tracks over JSON. */
@RestController
@RequestMapping("/api")
class ProjectController {

    record CreateProject(String name) {
    }

    record AddMember(String username, String role) {
    }

    record ChangeRole(String role) {
    }

    record CreateTrack(String title) {
    }

    /** Either field may be left out. */
    record UpdateTrack(String title, Integer position) {
    }

    record TrackOrder(List<UUID> trackIds) {
    }

    /**
     * A track with its state; {@code approved…} are null unless the track is APPROVED; {@code reference} is true
     * for a reference track, which stands outside the album order.
     */
    record TrackDetails(UUID id, UUID projectId, String title, int position, Instant createdAt, boolean reference,
                        TrackState state, UUID approvedRevisionId, String approvedSha256, String approvalWarning) {
    }

    private final ProjectService projects;
    private final TrackStatuses statuses;
    private final ProjectAudit audit;

    ProjectController(ProjectService projects, TrackStatuses statuses, ProjectAudit audit) {
        this.projects = projects;
        this.statuses = statuses;
        this.audit = audit;
    }

    @PostMapping("/projects")
    ResponseEntity<ProjectView> create(@AuthenticationPrincipal MixroomUser user, @RequestBody CreateProject body) {
        ProjectView created = projects.create(user.id(), body.name());
        return ResponseEntity.created(URI.create("/api/projects/" + created.id())).body(created);
    }

    @GetMapping("/projects")
    List<ProjectView> list(@AuthenticationPrincipal MixroomUser user) {
        return projects.list(user.id());
    }

    @GetMapping("/projects/{id}")
    ProjectDetails get(@AuthenticationPrincipal MixroomUser user, @PathVariable UUID id) {
        return projects.get(user.id(), id);
    }

    @GetMapping("/projects/{id}/members")
    List<MemberView> members(@AuthenticationPrincipal MixroomUser user, @PathVariable UUID id) {
        return projects.get(user.id(), id).members();
    }

    /** Adds a member, or changes a member's role. */
    @PostMapping("/projects/{id}/members")
    ResponseEntity<MemberView> addMember(@AuthenticationPrincipal MixroomUser user, @PathVariable UUID id,
            @RequestBody AddMember body) {
        MemberView member = projects.addMember(user.id(), id, body.username(), body.role());
        return ResponseEntity.status(HttpStatus.CREATED).body(member);
    }

    /** The project's audit history, newest first. */
    @GetMapping("/projects/{id}/audit")
    List<AuditView> audit(@AuthenticationPrincipal MixroomUser user, @PathVariable UUID id) {
        return audit.list(user.id(), id);
    }

    @PatchMapping("/projects/{id}/members/{userId}")
    MemberView changeRole(@AuthenticationPrincipal MixroomUser user, @PathVariable UUID id, @PathVariable UUID userId,
            @RequestBody ChangeRole body) {
        return projects.changeRole(user.id(), id, userId, body.role());
    }

    @DeleteMapping("/projects/{id}/members/{userId}")
    ResponseEntity<Void> removeMember(@AuthenticationPrincipal MixroomUser user, @PathVariable UUID id,
            @PathVariable UUID userId) {
        projects.removeMember(user.id(), id, userId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/projects/{id}/tracks")
    List<TrackView> tracks(@AuthenticationPrincipal MixroomUser user, @PathVariable UUID id) {
        return projects.tracks(user.id(), id);
    }

    @PostMapping("/projects/{id}/tracks")
    ResponseEntity<TrackView> addTrack(@AuthenticationPrincipal MixroomUser user, @PathVariable UUID id,
            @RequestBody CreateTrack body) {
        TrackView track = projects.addTrack(user.id(), id, body.title());
        return ResponseEntity.created(URI.create("/api/tracks/" + track.id())).body(track);
    }

    /** Sets the album order: {@code {"trackIds": [...]}} lists every track of the project once. */
    @PutMapping("/projects/{id}/tracks/order")
    List<TrackView> reorder(@AuthenticationPrincipal MixroomUser user, @PathVariable UUID id,
            @RequestBody TrackOrder body) {
        return projects.reorder(user.id(), id, body.trackIds());
    }

    @GetMapping("/tracks/{id}")
    TrackDetails track(@AuthenticationPrincipal MixroomUser user, @PathVariable UUID id) {
        TrackView t = projects.track(user.id(), id);
        TrackStatus status = statuses.of(List.of(id)).get(id);
        return new TrackDetails(t.id(), t.projectId(), t.title(), t.position(), t.createdAt(), t.reference(),
                status.state(),
                status.approvedRevisionId(), status.approvedSha256(), status.approvalWarning());
    }

    /** Renames a track and/or moves it to a 0-based {@code position} in the album order. */
    @PatchMapping("/tracks/{id}")
    TrackView updateTrack(@AuthenticationPrincipal MixroomUser user, @PathVariable UUID id,
            @RequestBody UpdateTrack body) {
        if (body.title() == null && body.position() == null) {
            throw MixroomException.invalid("Give a new title, a new position, or both.");
        }
        TrackView track = null;
        if (body.title() != null) {
            track = projects.renameTrack(user.id(), id, body.title());
        }
        if (body.position() != null) {
            track = projects.moveTrack(user.id(), id, body.position()).stream()
                    .filter(t -> t.id().equals(id)).findFirst().orElseThrow();
        }
        return track;
    }
}
