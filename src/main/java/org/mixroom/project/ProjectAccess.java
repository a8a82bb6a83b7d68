package org.mixroom.project;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mixroom.shared.web.MixroomException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that decides who may do what in a project; every feature asks here first. Someone who is
 * not a member learns nothing, not even that the project exists: they get {@code NOT_FOUND}, exactly as
 * for an id that names nothing. A member whose role lacks the capability gets {@code FORBIDDEN}.
 */
@Service
@Transactional(readOnly = true)
public class ProjectAccess {

    private final MemberRepository members;
    private final TrackRepository tracks;

    ProjectAccess(MemberRepository members, TrackRepository tracks) {
        this.members = members;
        this.tracks = tracks;
    }

    /** The actor's role in the project, if they are a member. */
    public Optional<ProjectRole> roleOf(UUID actor, UUID projectId) {
        return members.findByProjectIdAndUserId(projectId, actor).map(Member::role);
    }

    /**
     * Whether {@code actor} owns at least one project. Instance-wide data that shapes everyone's listening (the
     * streaming presets) may be edited only by owners.
     */
    public boolean ownsAProject(UUID actor) {
        return members.findByUserId(actor).stream().anyMatch(m -> m.role() == ProjectRole.OWNER);
    }

    /** Checks that {@code actor} may do {@code capability} in the project; returns their role. */
    public ProjectRole require(UUID actor, UUID projectId, Capability capability) {
        ProjectRole role = roleOf(actor, projectId).orElseThrow(() -> noProject(projectId));
        return check(role, capability);
    }

    /** Checks that {@code actor} may do {@code capability} in the track's project. */
    public TrackAccess requireTrack(UUID actor, UUID trackId, Capability capability) {
        Track track = tracks.findById(trackId).orElseThrow(() -> noTrack(trackId));
        ProjectRole role = roleOf(actor, track.projectId()).orElseThrow(() -> noTrack(trackId));
        return new TrackAccess(trackId, track.projectId(), check(role, capability));
    }

    /** The project a track belongs to, without any check: for news about the track, not for access. */
    public UUID projectOfTrack(UUID trackId) {
        return tracks.findById(trackId).map(Track::projectId).orElseThrow(() -> noTrack(trackId));
    }

    /** The ids of a project's members, e.g. to tell them news. */
    public List<UUID> memberIds(UUID projectId) {
        return members.findByProjectIdOrderByAddedAt(projectId).stream().map(Member::userId).toList();
    }

    private static ProjectRole check(ProjectRole role, Capability capability) {
        if (!role.allows(capability)) {
            throw MixroomException.forbidden("As " + article(role) + " of this project you may not "
                    + capability.phrase() + ".");
        }
        return role;
    }

    static String article(ProjectRole role) {
        String name = role.name().toLowerCase();
        return (name.startsWith("a") || name.startsWith("e") || name.startsWith("o") ? "an " : "a ") + name;
    }

    static MixroomException noProject(UUID projectId) {
        return MixroomException.notFound("There is no project " + projectId + ", or you are not one of its members.");
    }

    static MixroomException noTrack(UUID trackId) {
        return MixroomException.notFound(
                "There is no track " + trackId + ", or you are not a member of its project.");
    }
}
