package org.mixroom.project;

/** What an entry of a project's audit history records. */
public enum AuditKind {
    PROJECT_CREATED,
    MEMBER_ADDED,
    ROLE_CHANGED,
    APPROVED,
    CHANGES_REQUESTED
}
