package org.mixroom.shared;

import org.mixroom.shared.cluster.EventRelay;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Publishes an application event once the current transaction has committed, so every listener (a plain
 * {@code @EventListener}, such as a view's broadcaster or the analysis job queue) sees only committed data and
 * never news of a change that was rolled back. Outside a transaction the event goes out at once. With several
 * nodes on PostgreSQL the {@link EventRelay} also sends it to the other nodes, likewise only on commit.
 */
@Component
public class AfterCommitEvents {

    private final ApplicationEventPublisher publisher;
    private final ObjectProvider<EventRelay> relay;

    AfterCommitEvents(ApplicationEventPublisher publisher, ObjectProvider<EventRelay> relay) {
        this.publisher = publisher;
        this.relay = relay;
    }

    public void publish(Object event) {
        relay.ifAvailable(r -> r.send(event));
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.isActualTransactionActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    publisher.publishEvent(event);
                }
            });
        } else {
            publisher.publishEvent(event);
        }
    }
}
