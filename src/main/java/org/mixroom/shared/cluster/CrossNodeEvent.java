package org.mixroom.shared.cluster;

/**
 * An event that another node published, delivered on this one. It is published as this wrapper, never as the
 * event itself, so only listeners that ask for news from other nodes (the live views) see it; a listener that
 * acts on an event (queues a job, sends mail) does so once, on the node where the change committed.
 */
public record CrossNodeEvent(Object event) {
}
