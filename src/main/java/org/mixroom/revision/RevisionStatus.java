package org.mixroom.revision;

/** Where a revision's analysis stands: QUEUED → ANALYSING → READY, or FAILED with a reason. */
public enum RevisionStatus {
    QUEUED,
    ANALYSING,
    READY,
    FAILED;

    /** Still waiting for, or in, analysis. */
    public boolean pending() {
        return this == QUEUED || this == ANALYSING;
    }
}
