package org.mixroom.notification.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.mixroom.notification.NotificationList;
import org.mixroom.notification.NotificationService;
import org.mixroom.notification.NotificationView;
import org.mixroom.shared.security.Accounts;
import org.mixroom.shared.ui.Notices;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The newest notifications, each a link to where it happened; following a link marks that one read, "Mark all
 * read" marks them all. Below, the address notification mail goes to. Shown by the bell and by
 * {@code /notifications}.
 */
class NotificationPanel extends VerticalLayout {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final NotificationService notifications;
    private final UUID viewer;
    private final int shown;
    private final Runnable followed;
    private final UnorderedList items = new UnorderedList();
    private final Button markAll = new Button("Mark all read");

    /** {@code followed} runs when a notification's link is followed. */
    NotificationPanel(NotificationService notifications, Accounts accounts, UUID viewer, int shown,
            Runnable followed) {
        this.notifications = notifications;
        this.viewer = viewer;
        this.shown = shown;
        this.followed = followed;
        setPadding(false);
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        markAll.addClickListener(click -> notifications.markAllRead(viewer));
        items.getStyle().set("list-style", "none").set("padding", "0").set("margin", "0")
                .set("max-height", "60vh").set("overflow", "auto");
        HorizontalLayout head = new HorizontalLayout(new H3("Notifications"), markAll);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        head.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        head.setWidthFull();
        add(head, items, new MailAddressForm(accounts, viewer));
    }

    /** Reads the notifications again; returns how many are unread. */
    long refresh() {
        NotificationList list = notifications.list(viewer, shown);
        markAll.setEnabled(list.unread() > 0);
        items.removeAll();
        list.notifications().forEach(n -> items.add(item(n)));
        if (list.notifications().isEmpty()) {
            items.add(new ListItem("No notifications yet. Mentions, replies and new revisions appear here."));
        }
        return list.unread();
    }

    private ListItem item(NotificationView n) {
        Anchor link = new Anchor(n.link().substring(1), n.message());
        link.getElement().addEventListener("click", click -> {
            followed.run();
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
}
