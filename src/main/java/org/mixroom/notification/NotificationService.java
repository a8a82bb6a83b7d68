package org.mixroom.notification;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.mixroom.project.ProjectAccess;
import org.mixroom.project.ProjectService;
import org.mixroom.review.CommentService;
import org.mixroom.review.Posting;
import org.mixroom.revision.RevisionService;
import org.mixroom.revision.RevisionView;
import org.mixroom.shared.AfterCommitEvents;
import org.mixroom.shared.security.Account;
import org.mixroom.shared.security.Accounts;
import org.mixroom.shared.web.MixroomException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notifications: who is told of what, and reading them. The methods that take news run in a transaction of
 * their own, since they are called once the event's transaction has committed; each recipient gets one
 * notification per event ({@link Recipients}), and {@link NotificationCreated} goes out after commit.
 */
@Service
public class NotificationService {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    private final NotificationRepository notifications;
    private final ProjectAccess access;
    private final ProjectService projects;
    private final RevisionService revisions;
    private final CommentService comments;
    private final Accounts accounts;
    private final AfterCommitEvents events;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, ProjectAccess access, ProjectService projects,
            RevisionService revisions, CommentService comments, Accounts accounts, AfterCommitEvents events,
            Clock clock) {
        this.notifications = notifications;
        this.access = access;
        this.projects = projects;
        this.revisions = revisions;
        this.comments = comments;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    // --- News in ------------------------------------------------------------------------------------------

    /** A new comment: the members it mentions. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void commentPosted(UUID commentId, UUID revisionId, UUID projectId) {
        comments.posting(commentId, null, projectId).ifPresent(posting -> deliver(
                new Recipients().add(posting.mentioned(), NotificationKind.MENTION),
                about(posting, commentId, projectId, revisionId, commentId)));
    }

    /** A reply: the members it mentions, then the comment's author and whoever replied before. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void replyPosted(UUID replyId, UUID commentId, UUID revisionId, UUID projectId) {
        comments.posting(commentId, replyId, projectId).ifPresent(posting -> deliver(
                new Recipients().add(posting.mentioned(), NotificationKind.MENTION)
                        .add(posting.earlierParticipants(), NotificationKind.REPLY),
                about(posting, replyId, projectId, revisionId, commentId)));
    }

    /** A new revision: every member but the uploader. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void revisionUploaded(UUID revisionId, UUID projectId) {
        revisions.uploaderOf(revisionId).ifPresent(uploader -> deliver(
                new Recipients().add(access.memberIds(projectId), NotificationKind.NEW_REVISION),
                new Happening(revisionId, uploader, projectId, revisionId, null, subject(uploader, revisionId),
                        null)));
    }

    /**
     * An approval ({@link NotificationKind#APPROVAL}) or a request for changes
     * ({@link NotificationKind#CHANGES_REQUESTED}) of a revision: every member but the one who gave it.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void notifyApproval(NotificationKind kind, UUID approvalId, UUID revisionId, UUID projectId,
            UUID actorId) {
        if (kind != NotificationKind.APPROVAL && kind != NotificationKind.CHANGES_REQUESTED) {
            throw new IllegalArgumentException("an approval notifies as APPROVAL or CHANGES_REQUESTED, not " + kind);
        }
        deliver(new Recipients().add(access.memberIds(projectId), kind),
                new Happening(approvalId, actorId, projectId, revisionId, null, subject(actorId, revisionId), null));
    }

    private Happening about(Posting posting, UUID sourceId, UUID projectId, UUID revisionId, UUID commentId) {
        return new Happening(sourceId, posting.authorId(), projectId, revisionId, commentId,
                subject(posting.authorId(), revisionId), posting.text());
    }

    /** "Song · revision 3", read as the actor, who is a member since they just acted there. */
    private String subject(UUID actor, UUID revisionId) {
        RevisionView revision = revisions.get(actor, revisionId);
        return projects.track(actor, revision.trackId()).title() + " · revision " + revision.number();
    }

    private void deliver(Recipients recipients, Happening happening) {
        Set<UUID> members = Set.copyOf(access.memberIds(happening.projectId()));
        recipients.to(happening.actorId(), members).forEach((recipient, kind) -> {
            if (!notifications.existsByRecipientIdAndSourceId(recipient, happening.sourceId())) {
                Notification saved = notifications.save(new Notification(recipient, kind, happening, clock.instant()));
                events.publish(new NotificationCreated(saved.id(), recipient));
            }
        });
    }

    // --- Reading ------------------------------------------------------------------------------------------

    /** The viewer's newest notifications (at most {@code limit}, default 50), with the count of unread ones. */
    @Transactional(readOnly = true)
    public NotificationList list(UUID viewer, Integer limit) {
        int max = limit == null ? DEFAULT_LIMIT : limit;
        if (max < 1 || max > MAX_LIMIT) {
            throw MixroomException.invalid("limit must lie between 1 and " + MAX_LIMIT + ".");
        }
        List<Notification> found = notifications.findByRecipientIdOrderByCreatedAtDesc(viewer, Limit.of(max));
        Map<UUID, Account> actors = accounts.byIds(found.stream().map(Notification::actorId).distinct().toList());
        return new NotificationList(unreadCount(viewer),
                found.stream().map(n -> view(n, actors.get(n.actorId()))).toList());
    }

    @Transactional(readOnly = true)
    public long unreadCount(UUID viewer) {
        return notifications.countByRecipientIdAndReadAtIsNull(viewer);
    }

    /** Marks one of the viewer's notifications read (reading it again changes nothing). */
    @Transactional
    public NotificationView markRead(UUID viewer, UUID notificationId) {
        Notification notification = notifications.findById(notificationId)
                .filter(n -> n.recipientId().equals(viewer))
                .orElseThrow(() -> MixroomException.notFound("You have no notification " + notificationId + "."));
        if (!notification.read()) {
            notification.markRead(clock.instant());
            events.publish(new NotificationsRead(viewer));
        }
        return view(notification, accounts.findById(notification.actorId()).orElse(null));
    }

    /** Marks all the viewer's notifications read; returns how many were unread. */
    @Transactional
    public int markAllRead(UUID viewer) {
        int marked = notifications.markAllRead(viewer, clock.instant());
        if (marked > 0) {
            events.publish(new NotificationsRead(viewer));
        }
        return marked;
    }

    /** A notification and whom it is for: for the mail, so without a check. */
    @Transactional(readOnly = true)
    Optional<Addressed> addressed(UUID notificationId) {
        return notifications.findById(notificationId).map(n -> new Addressed(n.recipientId(),
                view(n, accounts.findById(n.actorId()).orElse(null))));
    }

    record Addressed(UUID recipientId, NotificationView notification) {
    }

    private static NotificationView view(Notification n, Account actor) {
        String actorName = actor == null ? "Someone" : actor.displayName();
        String link = "/revisions/" + n.revisionId() + (n.commentId() == null ? "" : "?comment=" + n.commentId());
        return new NotificationView(n.id(), n.kind(), actor == null ? "" : actor.username(), actorName,
                n.projectId(), n.revisionId(), n.commentId(), n.subject(), n.excerpt(), message(n, actorName), link,
                n.createdAt(), n.read());
    }

    private static String message(Notification n, String actorName) {
        String what = switch (n.kind()) {
            case MENTION -> "mentioned you in " + (n.sourceId().equals(n.commentId()) ? "a comment" : "a reply")
                    + " on ";
            case REPLY -> "replied to a comment on ";
            case NEW_REVISION -> "uploaded ";
            case APPROVAL -> "approved ";
            case CHANGES_REQUESTED -> "requested changes to ";
        };
        return actorName + " " + what + n.subject();
    }
}
