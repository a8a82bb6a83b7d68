package org.mixroom.project;

/**
 * Where a track stands on its way to a final mix. The approval module decides it (see
 * {@link TrackStatuses}); the rule is written down in docs/api.md.
 */
public enum TrackState {
    /** No revision yet. */
    IN_PROGRESS("In progress"),
    /** The newest revision came after the last decision, or no decision was made yet. */
    AWAITING_APPROVAL("Awaiting approval"),
    /** The last decision asked for changes. */
    CHANGES_REQUESTED("Changes requested"),
    /** The last decision approved a revision whose stored bytes still match the approved SHA-256. */
    APPROVED("Approved");

    private final String label;

    TrackState(String label) {
        this.label = label;
    }

    /** The state in plain words, as the badges show it. */
    public String label() {
        return label;
    }
}
