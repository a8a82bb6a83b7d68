package org.mixroom.notification;

import org.mixroom.approval.ChangesRequested;
import org.mixroom.approval.RevisionApproved;
import org.mixroom.review.CommentPosted;
import org.mixroom.review.ReplyPosted;
import org.mixroom.revision.RevisionUploaded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns the other modules' news (published after their commit, on the thread that acted) into notifications.
 * A failure here is logged and goes no further: the comment or upload it is about has been saved already and
 * must not be answered with an error.
 */
@Component
class NotificationTriggers {

    private static final Logger log = LoggerFactory.getLogger(NotificationTriggers.class);

    private final NotificationService notifications;

    NotificationTriggers(NotificationService notifications) {
        this.notifications = notifications;
    }

    @EventListener
    void on(CommentPosted posted) {
        safely(posted, () -> notifications.commentPosted(posted.commentId(), posted.revisionId(),
                posted.projectId()));
    }

    @EventListener
    void on(ReplyPosted posted) {
        safely(posted, () -> notifications.replyPosted(posted.replyId(), posted.commentId(), posted.revisionId(),
                posted.projectId()));
    }

    @EventListener
    void on(RevisionUploaded uploaded) {
        safely(uploaded, () -> notifications.revisionUploaded(uploaded.revisionId(), uploaded.projectId()));
    }

    @EventListener
    void on(RevisionApproved approved) {
        safely(approved, () -> notifications.notifyApproval(NotificationKind.APPROVAL, approved.approvalId(),
                approved.revisionId(), approved.projectId(), approved.actorId()));
    }

    @EventListener
    void on(ChangesRequested requested) {
        safely(requested, () -> notifications.notifyApproval(NotificationKind.CHANGES_REQUESTED,
                requested.approvalId(), requested.revisionId(), requested.projectId(), requested.actorId()));
    }

    private static void safely(Object event, Runnable notify) {
        try {
            notify.run();
        } catch (RuntimeException e) {
            log.error("Could not store the notifications of {}", event, e);
        }
    }
}
