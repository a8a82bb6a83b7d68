package org.mixroom.approval;

/** What an artist or owner decided about a revision. */
public enum Decision {
    APPROVED,
    CHANGES_REQUESTED;

    /** The decision named exactly so, or an exception that says which names exist. */
    public static Decision parse(String name) {
        for (Decision decision : values()) {
            if (decision.name().equals(name)) {
                return decision;
            }
        }
        throw new IllegalArgumentException("decision must be APPROVED or CHANGES_REQUESTED");
    }
}
