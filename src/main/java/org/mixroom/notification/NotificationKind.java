package org.mixroom.notification;

/** What a notification tells of. */
public enum NotificationKind {
    /** Someone wrote {@code @you} in a comment or reply. */
    MENTION,
    /** Someone replied in a thread you started or wrote in. */
    REPLY,
    /** A member uploaded a new revision. */
    NEW_REVISION,
    /** A member approved a revision. */
    APPROVAL,
    /** A member asked for changes to a revision. */
    CHANGES_REQUESTED
}
