package org.mixroom.shared;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Publishes an application event once the current transaction has committed, so every listener (a plain
 * {@code @EventListener}, such as a view's broadcaster or the analysis queue) sees only committed data and
 * never news of a change that was rolled back. Outside a transaction the event goes out at once.
 */
@Component
public class AfterCommitEvents {

    private final ApplicationEventPublisher publisher;

    AfterCommitEvents(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    public void publish(Object event) {
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
