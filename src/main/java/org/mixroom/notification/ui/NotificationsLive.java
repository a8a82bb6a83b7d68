package org.mixroom.notification.ui;

import java.util.List;
import java.util.UUID;

import org.mixroom.notification.NotificationCreated;
import org.mixroom.notification.NotificationsRead;
import org.mixroom.shared.ui.LiveUpdates;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

/** Runs an action on a page whenever the viewer's notifications change: a new one, or some read. */
final class NotificationsLive {
    private NotificationsLive() {
    }

    static List<Registration> follow(LiveUpdates live, UI ui, UUID viewer, Runnable action) {
        return List.of(
                live.subscribe(ui, NotificationCreated.class, e -> e.recipientId().equals(viewer), action),
                live.subscribe(ui, NotificationsRead.class, e -> e.recipientId().equals(viewer), action));
    }
}
