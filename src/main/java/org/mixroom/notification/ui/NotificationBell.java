package org.mixroom.notification.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.mixroom.notification.NotificationCreated;
import org.mixroom.notification.NotificationList;
import org.mixroom.notification.NotificationService;
import org.mixroom.notification.NotificationView;
import org.mixroom.notification.NotificationsRead;
import org.mixroom.shared.ui.LiveUpdates;
import org.mixroom.shared.ui.Notices;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.shared.Registration;

/**
 * The bell in the top bar: the number of unread notifications, kept live by push, and on click the newest
 * notifications, each a link to where it happened. Following a link marks that notification read; "Mark all
 * read" marks them all.
 */
class NotificationBell extends Composite<Div> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());
    /** How many notifications the list shows; the API gives more. */
    private static final int SHOWN = 20;

    private final NotificationService notifications;
    private final LiveUpdates live;
    private final UUID viewer;
    private final Button bell = new Button(VaadinIcon.BELL.create());
    private final Popover popover = new Popover();
    private final UnorderedList items = new UnorderedList();
    private final Button markAll = new Button("Mark all read");
    private List<Registration> subscriptions = List.of();

    NotificationBell(NotificationService notifications, LiveUpdates live, UUID viewer) {
        this.notifications = notifications;
        this.live = live;
        this.viewer = viewer;
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        popover.setTarget(bell);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setAriaLabel("Notifications");
        popover.setWidth("26em");
        // the popover opens in the browser; the click brings the list up to date at the same time
        bell.addClickListener(click -> refresh());
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        markAll.addClickListener(click -> {
            notifications.markAllRead(viewer);
            refresh();
        });
        items.getStyle().set("list-style", "none").set("padding", "0").set("margin", "0")
                .set("max-height", "60vh").set("overflow", "auto");
        HorizontalLayout head = new HorizontalLayout(new H3("Notifications"), markAll);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        head.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        popover.add(head, items);
        getContent().add(bell, popover);
    }

    /** The count on the bell and the list. */
    private void refresh() {
        NotificationList list = notifications.list(viewer, SHOWN);
        long unread = list.unread();
        bell.setText(unread == 0 ? "" : String.valueOf(unread));
        bell.setAriaLabel("Notifications, " + unread + " unread");
        markAll.setEnabled(unread > 0);
        items.removeAll();
        list.notifications().forEach(n -> items.add(item(n)));
        if (list.notifications().isEmpty()) {
            items.add(new ListItem("No notifications yet. Mentions, replies and new revisions appear here."));
        }
    }

    private ListItem item(NotificationView n) {
        Anchor link = new Anchor(n.link().substring(1), n.message());
        link.getElement().addEventListener("click", click -> {
            popover.close();
            Notices.attempt(() -> notifications.markRead(viewer, n.id()));
        });
        if (!n.read()) {
            link.getStyle().set("font-weight", "600");
        }
        Span time = new Span((n.read() ? "" : "Unread · ") + TIME.format(n.createdAt()));
        time.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        ListItem item = new ListItem(link);
        if (n.excerpt() != null) {
            Paragraph quote = new Paragraph("“" + n.excerpt() + "”");
            quote.getStyle().set("margin", "0");
            item.add(quote);
        }
        item.add(time);
        item.getStyle().set("padding", "var(--lumo-space-s) 0")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        return item;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        refresh();
        subscriptions = List.of(
                live.subscribe(ui, NotificationCreated.class, e -> e.recipientId().equals(viewer), this::refresh),
                live.subscribe(ui, NotificationsRead.class, e -> e.recipientId().equals(viewer), this::refresh));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        subscriptions.forEach(Registration::remove);
    }
}
