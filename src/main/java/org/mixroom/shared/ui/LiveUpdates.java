package org.mixroom.shared.ui;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Predicate;

import org.mixroom.shared.cluster.CrossNodeEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;

/**
 * Carries the application's events (published after commit, on this node or, as {@link CrossNodeEvent}, on
 * another node sharing the database) to the open pages that care about them. A view
 * subscribes when it is attached and removes its subscription when it is detached; the callback runs inside
 * {@link UI#access}, so it may change components, and it should re-read its data through the services with
 * the viewer's id, so each viewer sees only what they may.
 */
@Component
public class LiveUpdates {

    private final Set<Subscription<?>> subscriptions = new CopyOnWriteArraySet<>();

    /** Calls {@code action} on {@code ui} for every event of {@code type} that {@code filter} accepts. */
    public <T> Registration subscribe(UI ui, Class<T> type, Predicate<? super T> filter, Runnable action) {
        Subscription<T> subscription = new Subscription<>(ui, type, filter, action);
        subscriptions.add(subscription);
        return () -> subscriptions.remove(subscription);
    }

    @EventListener
    void on(Object event) {
        if (event instanceof CrossNodeEvent fromAnotherNode) {
            event = fromAnotherNode.event();
        }
        for (Subscription<?> subscription : subscriptions) {
            subscription.offer(event);
        }
    }

    private record Subscription<T>(UI ui, Class<T> type, Predicate<? super T> filter, Runnable action) {
        void offer(Object event) {
            if (type.isInstance(event) && filter.test(type.cast(event))) {
                try {
                    ui.access(action::run);
                } catch (UIDetachedException e) {
                    // The page closed before it could unsubscribe; the news is for nobody.
                }
            }
        }
    }
}
