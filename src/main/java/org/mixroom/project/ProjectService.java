package org.mixroom.project;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mixroom.shared.AfterCommitEvents;
import org.mixroom.shared.security.Account;
import org.mixroom.shared.security.Accounts;
import org.mixroom.shared.web.MixroomException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Projects, their members and their tracks. Every method takes the acting user's id and checks access first. */
@Service
public class ProjectService {

    private final ProjectRepository projects;
    private final MemberRepository members;
    private final TrackRepository tracks;
    private final ProjectAccess access;
    private final Accounts accounts;
    private final AfterCommitEvents events;
    private final Clock clock;

    ProjectService(ProjectRepository projects, MemberRepository members, TrackRepository tracks, ProjectAccess access,
            Accounts accounts, AfterCommitEvents events, Clock clock) {
        this.projects = projects;
        this.members = members;
        this.tracks = tracks;
        this.access = access;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /** Creates a project with {@code actor} as its owner. */
    @Transactional
    public ProjectView create(UUID actor, String name) {
        String trimmed = requireText(name, "A project name", Project.MAX_NAME_LENGTH);
        Project project = projects.save(new Project(trimmed, actor, clock.instant()));
        members.save(new Member(project.id(), actor, ProjectRole.OWNER, clock.instant()));
        events.publish(new ProjectCreated(project.id(), actor));
        return view(project, ProjectRole.OWNER, usernames(List.of(actor)));
    }

    /** The projects {@code actor} is a member of, newest first. */
    @Transactional(readOnly = true)
    public List<ProjectView> list(UUID actor) {
        Map<UUID, ProjectRole> roles = members.findByUserId(actor).stream()
                .collect(Collectors.toMap(Member::projectId, Member::role));
        List<Project> found = projects.findAllById(roles.keySet());
        Map<UUID, String> names = usernames(found.stream().map(Project::createdBy).toList());
        return found.stream()
                .sorted(Comparator.comparing(Project::createdAt).reversed())
                .map(p -> view(p, roles.get(p.id()), names))
                .toList();
    }

    @Transactional(readOnly = true)
    public ProjectDetails get(UUID actor, UUID projectId) {
        ProjectRole role = access.require(actor, projectId, Capability.VIEW);
        Project project = projects.findById(projectId).orElseThrow(() -> ProjectAccess.noProject(projectId));
        List<Member> memberList = members.findByProjectIdOrderByAddedAt(projectId);
        List<UUID> ids = new ArrayList<>(memberList.stream().map(Member::userId).toList());
        ids.add(project.createdBy());
        Map<UUID, Account> people = accounts.byIds(ids);
        List<MemberView> memberViews = memberList.stream()
                .map(m -> memberView(m, people.get(m.userId())))
                .toList();
        return new ProjectDetails(project.id(), project.name(), project.createdAt(),
                username(people.get(project.createdBy())), role, memberViews, trackViews(projectId));
    }

    /**
     * Adds the account {@code username} to the project with {@code role}, or changes the role of a member.
     * A project always keeps at least one owner.
     */
    @Transactional
    public MemberView addMember(UUID actor, UUID projectId, String username, String role) {
        access.require(actor, projectId, Capability.MANAGE_MEMBERS);
        ProjectRole parsed = parseRole(role);
        if (username == null || username.isBlank()) {
            throw MixroomException.invalid("Give the username of the person to add.");
        }
        Account account = accounts.findByUsername(username.strip()).orElseThrow(
                () -> MixroomException.invalid("There is no account with the username '" + username.strip() + "'."));
        Member member = members.findByProjectIdAndUserId(projectId, account.id()).orElse(null);
        if (member == null) {
            member = members.save(new Member(projectId, account.id(), parsed, clock.instant()));
            events.publish(new MemberAdded(projectId, account.id(), parsed, null, actor));
        } else {
            changeRole(member, parsed, account, actor);
        }
        return memberView(member, account);
    }

    /** Changes a member's role; the project's last owner stays an owner. */
    @Transactional
    public MemberView changeRole(UUID actor, UUID projectId, UUID userId, String role) {
        access.require(actor, projectId, Capability.MANAGE_MEMBERS);
        ProjectRole parsed = parseRole(role);
        Member member = members.findByProjectIdAndUserId(projectId, userId).orElseThrow(() -> noMember(userId));
        Account account = accounts.findById(userId).orElse(null);
        changeRole(member, parsed, account, actor);
        return memberView(member, account);
    }

    /** Removes a member; the project's last owner cannot be removed. Members may also leave by removing themselves. */
    @Transactional
    public void removeMember(UUID actor, UUID projectId, UUID userId) {
        if (actor.equals(userId)) {
            access.require(actor, projectId, Capability.VIEW);
        } else {
            access.require(actor, projectId, Capability.MANAGE_MEMBERS);
        }
        Member member = members.findByProjectIdAndUserId(projectId, userId).orElseThrow(() -> noMember(userId));
        requireAnotherOwner(member, accounts.findById(userId).orElse(null));
        members.delete(member);
        events.publish(new MemberRemoved(projectId, userId));
    }

    /**
     * Makes {@code person} a member with {@code role} without any check: for a caller that has decided access
     * its own way (a one-time invitation link). Someone who is a member already keeps the role they have.
     *
     * @return the role the person has in the project now
     */
    @Transactional
    public ProjectRole joinWithoutCheck(UUID person, UUID projectId, ProjectRole role) {
        projects.findById(projectId).orElseThrow(() -> ProjectAccess.noProject(projectId));
        return members.findByProjectIdAndUserId(projectId, person).map(Member::role).orElseGet(() -> {
            members.save(new Member(projectId, person, role, clock.instant()));
            events.publish(new MemberAdded(projectId, person, role, null, person));
            return role;
        });
    }

    /** A project's name without any check: for a caller that has decided access its own way. */
    @Transactional(readOnly = true)
    public String nameWithoutCheck(UUID projectId) {
        return projects.findById(projectId).map(Project::name).orElseThrow(() -> ProjectAccess.noProject(projectId));
    }

    private void changeRole(Member member, ProjectRole role, Account account, UUID actor) {
        ProjectRole previous = member.role();
        if (previous != role) {
            if (member.role() == ProjectRole.OWNER) {
                requireAnotherOwner(member, account);
            }
            member.changeRole(role);
        }
        events.publish(new MemberAdded(member.projectId(), member.userId(), role, previous, actor));
    }

    private void requireAnotherOwner(Member member, Account account) {
        if (member.role() == ProjectRole.OWNER
                && members.countByProjectIdAndRole(member.projectId(), ProjectRole.OWNER) == 1) {
            throw MixroomException.conflict(username(account) + " is the project's only owner; "
                    + "make someone else an owner first.");
        }
    }

    private static ProjectRole parseRole(String role) {
        try {
            return ProjectRole.parse(role);
        } catch (IllegalArgumentException e) {
            throw MixroomException.invalid("The role must be one of OWNER, ENGINEER, ARTIST or VIEWER.");
        }
    }

    private static MixroomException noMember(UUID userId) {
        return MixroomException.notFound("The project has no member " + userId + ".");
    }

    @Transactional(readOnly = true)
    public List<TrackView> tracks(UUID actor, UUID projectId) {
        access.require(actor, projectId, Capability.VIEW);
        return trackViews(projectId);
    }

    @Transactional(readOnly = true)
    public TrackView track(UUID actor, UUID trackId) {
        access.requireTrack(actor, trackId, Capability.VIEW);
        return trackWithoutCheck(trackId);
    }

    /** A track without any check: for a caller that has decided access its own way (a guest's share link). */
    @Transactional(readOnly = true)
    public TrackView trackWithoutCheck(UUID trackId) {
        return tracks.findById(trackId).orElseThrow(() -> ProjectAccess.noTrack(trackId)).toView();
    }

    /** Adds a track at the end of the album order. */
    @Transactional
    public TrackView addTrack(UUID actor, UUID projectId, String title) {
        access.require(actor, projectId, Capability.EDIT_TRACKS);
        return add(projectId, TrackKind.SONG, requireText(title, "A track title", Track.MAX_TITLE_LENGTH));
    }

    /**
     * Adds a reference track (a commercial master to compare against), outside the album order, its title cut
     * to the longest a title may be. Its audio is
     * uploaded by whoever calls this, in the same transaction, so only members who may upload add one.
     */
    @Transactional
    public TrackView addReference(UUID actor, UUID projectId, String title) {
        access.require(actor, projectId, Capability.UPLOAD);
        String shortened = title == null || title.length() <= Track.MAX_TITLE_LENGTH ? title
                : title.substring(0, Track.MAX_TITLE_LENGTH); // named after a file, whose name may be longer
        return add(projectId, TrackKind.REFERENCE, requireText(shortened, "A reference's title",
                Track.MAX_TITLE_LENGTH));
    }

    /** Adds a track after the others of its kind. */
    private TrackView add(UUID projectId, TrackKind kind, String title) {
        int position = (int) tracks.countByProjectIdAndKind(projectId, kind);
        Track track = tracks.save(new Track(projectId, kind, title, position, clock.instant()));
        events.publish(new TrackAdded(projectId, track.id()));
        return track.toView();
    }

    /** The project's reference tracks, oldest first. */
    @Transactional(readOnly = true)
    public List<TrackView> references(UUID actor, UUID projectId) {
        access.require(actor, projectId, Capability.VIEW);
        return tracks.findByProjectIdAndKindOrderByPositionAscCreatedAtAsc(projectId, TrackKind.REFERENCE).stream()
                .map(Track::toView).toList();
    }

    @Transactional
    public TrackView renameTrack(UUID actor, UUID trackId, String title) {
        TrackAccess found = access.requireTrack(actor, trackId, Capability.EDIT_TRACKS);
        Track track = tracks.findById(trackId).orElseThrow(() -> ProjectAccess.noTrack(trackId));
        track.rename(requireText(title, "A track title", Track.MAX_TITLE_LENGTH));
        events.publish(new TracksReordered(found.projectId()));
        return track.toView();
    }

    /**
     * Moves one track to {@code position} (0-based) in the album order, shifting the others; the keyboard's
     * "move up / move down" and a drop after a drag both come here.
     */
    @Transactional
    public List<TrackView> moveTrack(UUID actor, UUID trackId, int position) {
        TrackAccess found = access.requireTrack(actor, trackId, Capability.EDIT_TRACKS);
        List<Track> order = new ArrayList<>(songs(found.projectId()));
        Track moving = order.stream().filter(t -> t.id().equals(trackId)).findFirst().orElseThrow(() ->
                MixroomException.invalid("A reference track has no place in the album order."));
        if (position < 0 || position >= order.size()) {
            throw MixroomException.invalid("The position must lie between 0 and " + (order.size() - 1) + ".");
        }
        order.remove(moving);
        order.add(position, moving);
        return renumber(found.projectId(), order);
    }

    /** Sets the whole album order at once: {@code trackIds} must name each of the project's tracks once. */
    @Transactional
    public List<TrackView> reorder(UUID actor, UUID projectId, List<UUID> trackIds) {
        access.require(actor, projectId, Capability.EDIT_TRACKS);
        List<Track> current = songs(projectId);
        Map<UUID, Track> byId = current.stream().collect(Collectors.toMap(Track::id, Function.identity()));
        Set<UUID> seen = new HashSet<>();
        if (trackIds == null || trackIds.size() != current.size()
                || !trackIds.stream().allMatch(id -> byId.containsKey(id) && seen.add(id))) {
            throw MixroomException.invalid("The new order must list each of the project's " + current.size()
                    + " tracks exactly once.");
        }
        return renumber(projectId, trackIds.stream().map(byId::get).toList());
    }

    private List<TrackView> renumber(UUID projectId, List<Track> order) {
        for (int i = 0; i < order.size(); i++) {
            order.get(i).moveTo(i);
        }
        events.publish(new TracksReordered(projectId));
        return order.stream().map(Track::toView).toList();
    }

    private List<TrackView> trackViews(UUID projectId) {
        return songs(projectId).stream().map(Track::toView).toList();
    }

    /** The album: the project's songs in running order, without its references. */
    private List<Track> songs(UUID projectId) {
        return tracks.findByProjectIdAndKindOrderByPositionAscCreatedAtAsc(projectId, TrackKind.SONG);
    }

    private Map<UUID, String> usernames(List<UUID> ids) {
        return accounts.byIds(ids).values().stream().collect(Collectors.toMap(Account::id, Account::username));
    }

    private static ProjectView view(Project project, ProjectRole role, Map<UUID, String> usernames) {
        return new ProjectView(project.id(), project.name(), project.createdAt(),
                usernames.getOrDefault(project.createdBy(), ""), role);
    }

    private static MemberView memberView(Member member, Account account) {
        return new MemberView(member.userId(), username(account), account == null ? "" : account.displayName(),
                member.role());
    }

    private static String username(Account account) {
        return account == null ? "" : account.username();
    }

    static String requireText(String value, String what, int maxLength) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            throw MixroomException.invalid(what + " must not be empty.");
        }
        if (trimmed.length() > maxLength) {
            throw MixroomException.invalid(what + " has at most " + maxLength + " characters.");
        }
        return trimmed;
    }
}
