package org.mixroom.notification.ui;

import org.mixroom.notification.NotificationService;
import org.mixroom.shared.security.Accounts;
import org.mixroom.shared.security.MixroomUser;
import org.mixroom.shared.ui.LiveUpdates;
import org.mixroom.shared.ui.TopBarItem;
import org.springframework.stereotype.Component;

/** Puts the {@link NotificationBell} in the top bar of every signed-in page. */
@Component
class NotificationBellItem implements TopBarItem {

    private final NotificationService notifications;
    private final Accounts accounts;
    private final LiveUpdates live;

    NotificationBellItem(NotificationService notifications, Accounts accounts, LiveUpdates live) {
        this.notifications = notifications;
        this.accounts = accounts;
        this.live = live;
    }

    @Override
    public com.vaadin.flow.component.Component create(MixroomUser user) {
        return new NotificationBell(notifications, accounts, live, user.id());
    }
}
