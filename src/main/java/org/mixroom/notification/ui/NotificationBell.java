package org.mixroom.notification.ui;

import java.util.List;
import java.util.UUID;

import org.mixroom.notification.NotificationService;
import org.mixroom.shared.security.Accounts;
import org.mixroom.shared.ui.LiveUpdates;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.shared.Registration;

/**
 * The bell in the top bar: the number of unread notifications, kept live by push, and on click the
 * {@link NotificationPanel} in a popover.
 */
class NotificationBell extends Composite<Div> {
    /** How many notifications the popover shows; /notifications and the API show more. */
    private static final int SHOWN = 20;

    private final LiveUpdates live;
    private final UUID viewer;
    private final Button bell = new Button(VaadinIcon.BELL.create());
    private final Popover popover = new Popover();
    private final NotificationPanel panel;
    private List<Registration> subscriptions = List.of();

    NotificationBell(NotificationService notifications, Accounts accounts, LiveUpdates live, UUID viewer) {
        this.live = live;
        this.viewer = viewer;
        this.panel = new NotificationPanel(notifications, accounts, viewer, SHOWN, popover::close);
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        // the popover opens in the browser; the click brings the list up to date at the same time
        bell.addClickListener(click -> refresh());
        popover.setTarget(bell);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setAriaLabel("Notifications");
        popover.setWidth("26em");
        Anchor all = new Anchor("notifications", "All notifications");
        all.getElement().addEventListener("click", click -> popover.close());
        popover.add(panel, all);
        getContent().add(bell, popover);
    }

    private void refresh() {
        long unread = panel.refresh();
        bell.setText(unread == 0 ? "" : String.valueOf(unread));
        bell.setAriaLabel("Notifications, " + unread + " unread");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        refresh();
        subscriptions = NotificationsLive.follow(live, event.getUI(), viewer, this::refresh);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        subscriptions.forEach(Registration::remove);
    }
}
