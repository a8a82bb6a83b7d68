package org.mixroom.shared.cluster;

/** Sends an event to the other nodes; {@code AfterCommitEvents} calls it for every event it publishes. */
public interface EventRelay {

    /**
     * Sends {@code event} if its type crosses nodes. Called inside the transaction that made the change: the
     * other nodes receive it when, and only if, that transaction commits.
     */
    void send(Object event);
}
