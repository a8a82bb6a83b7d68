package org.mixroom.notification.ui;

import java.util.List;
import java.util.UUID;

import org.mixroom.notification.NotificationService;
import org.mixroom.shared.security.Accounts;
import org.mixroom.shared.security.CurrentUser;
import org.mixroom.shared.ui.LiveUpdates;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;

import jakarta.annotation.security.PermitAll;

/**
 * {@code /notifications}: the signed-in person's notifications, newest first, kept live.
 */
@Route("notifications")
@PageTitle("Notifications · Mixroom")
@PermitAll
class NotificationsPage extends VerticalLayout {
    private static final int SHOWN = 200;

    private final LiveUpdates live;
    private final UUID viewer = CurrentUser.require().id();
    private final NotificationPanel panel;
    private List<Registration> subscriptions = List.of();

    NotificationsPage(NotificationService notifications, Accounts accounts, LiveUpdates live) {
        this.live = live;
        panel = new NotificationPanel(notifications, accounts, viewer, SHOWN, () -> { });
        panel.setMaxWidth("40em");
        add(panel);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        panel.refresh();
        subscriptions = NotificationsLive.follow(live, event.getUI(), viewer, panel::refresh);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        subscriptions.forEach(Registration::remove);
    }
}
