package org.mixroom.project;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mixroom.shared.AfterCommitEvents;
import org.mixroom.shared.security.Account;
import org.mixroom.shared.security.Accounts;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's audit history: who created it, who joined with which role, whose role changed, and every
 * approval and request for changes. Memberships are recorded from {@link MemberAdded} and
 * {@link ProjectCreated}, whoever publishes them; decisions are recorded by the approval module in the
 * decision's own transaction. Every member may read the history.
 */
@Service
public class ProjectAudit {

    private final AuditRepository entries;
    private final TrackRepository tracks;
    private final ProjectAccess access;
    private final Accounts accounts;
    private final AfterCommitEvents events;
    private final Clock clock;

    ProjectAudit(AuditRepository entries, TrackRepository tracks, ProjectAccess access, Accounts accounts,
            AfterCommitEvents events, Clock clock) {
        this.entries = entries;
        this.tracks = tracks;
        this.access = access;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /** Records an approval ({@code approved}) or a request for changes, in the caller's transaction. */
    @Transactional
    public void recordDecision(UUID projectId, UUID actor, boolean approved, UUID trackId, UUID revisionId,
            int revisionNumber, String sha256, String note) {
        save(AuditEntry.decision(projectId, clock.instant(),
                approved ? AuditKind.APPROVED : AuditKind.CHANGES_REQUESTED, actor, trackId, revisionId,
                revisionNumber, sha256, note));
    }

    /** Runs after the project's creation has committed, so it writes in a transaction of its own. */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(ProjectCreated created) {
        save(AuditEntry.membership(created.projectId(), clock.instant(), AuditKind.PROJECT_CREATED,
                created.ownerId(), created.ownerId(), ProjectRole.OWNER, null));
    }

    /** Runs after the membership has committed; setting a role to what it was is not news. */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(MemberAdded added) {
        if (added.role() == added.previousRole()) {
            return;
        }
        AuditKind kind = added.previousRole() == null ? AuditKind.MEMBER_ADDED : AuditKind.ROLE_CHANGED;
        save(AuditEntry.membership(added.projectId(), clock.instant(), kind, added.actorId(), added.userId(),
                added.role(), added.previousRole()));
    }

    private void save(AuditEntry entry) {
        entries.save(entry);
        events.publish(new AuditRecorded(entry.projectId()));
    }

    /** The project's history, newest first. */
    @Transactional(readOnly = true)
    public List<AuditView> list(UUID actor, UUID projectId) {
        access.require(actor, projectId, Capability.VIEW);
        List<AuditEntry> found = entries.findByProjectIdOrderByRecordedAtDesc(projectId);
        List<UUID> people = new ArrayList<>();
        found.forEach(e -> {
            people.add(e.actorId());
            people.add(e.memberId());
        });
        Map<UUID, String> usernames = accounts.byIds(people.stream().filter(java.util.Objects::nonNull).distinct()
                .toList()).values().stream().collect(Collectors.toMap(Account::id, Account::username));
        Map<UUID, String> titles = tracks.findByProjectId(projectId).stream()
                .collect(Collectors.toMap(Track::id, Track::title));
        return found.stream().map(e -> view(e, usernames::get, titles::get)).toList();
    }

    private static AuditView view(AuditEntry e, Function<UUID, String> usernames, Function<UUID, String> titles) {
        String actor = e.actorId() == null ? null : usernames.apply(e.actorId());
        String member = e.memberId() == null ? null : usernames.apply(e.memberId());
        return new AuditView(e.id(), e.recordedAt(), e.kind(), actor,
                summary(e, actor, member, e.trackId() == null ? null : titles.apply(e.trackId())), member,
                e.role(), e.previousRole(), e.trackId(), e.revisionId(), e.revisionNumber(), e.sha256(), e.note());
    }

    static String summary(AuditEntry e, String actor, String member, String trackTitle) {
        String track = trackTitle == null ? "a track" : "“" + trackTitle + "”";
        return switch (e.kind()) {
            case PROJECT_CREATED -> actor + " created the project and is its owner.";
            case MEMBER_ADDED -> actor == null || actor.equals(member)
                    ? member + " became " + ProjectAccess.article(e.role()) + "."
                    : actor + " added " + member + " as " + ProjectAccess.article(e.role()) + ".";
            case ROLE_CHANGED -> (actor == null ? member + "'s role changed" : actor + " changed " + member + "'s role")
                    + " from " + name(e.previousRole()) + " to " + name(e.role()) + ".";
            case APPROVED -> actor + " approved revision " + e.revisionNumber() + " of " + track + " (SHA-256 "
                    + e.sha256() + ").";
            case CHANGES_REQUESTED -> actor + " requested changes to revision " + e.revisionNumber() + " of "
                    + track + ": " + e.note();
        };
    }

    private static String name(ProjectRole role) {
        return role.name().toLowerCase();
    }
}
