package org.mixroom.sharing.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.DoubleConsumer;

import org.mixroom.shared.ui.Timestamps;
import org.mixroom.sharing.GuestComment;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** A comment as a guest reads it: its time (which seeks the player), author, text and replies; nothing to click else. */
class GuestCommentCard extends VerticalLayout {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    GuestCommentCard(GuestComment c, DoubleConsumer seek) {
        String where = Timestamps.format(c.startSeconds(), c.endSeconds());
        getElement().setAttribute("role", "article");
        getElement().setAttribute("aria-label", "Comment by " + c.author() + " at " + where);
        getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "6px");
        setSpacing(false);
        Button time = new Button(where, click -> seek.accept(c.startSeconds()));
        time.setAriaLabel("Play from " + Timestamps.format(c.startSeconds()));
        time.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        HorizontalLayout head = new HorizontalLayout(time, new Span(c.author() + ", " + TIME.format(c.createdAt())));
        if (c.resolved()) {
            Span resolved = new Span("Resolved");
            resolved.getElement().getThemeList().add("badge");
            head.add(resolved);
        }
        add(head, new Paragraph(c.text()));
        for (GuestComment.Reply r : c.replies()) {
            Paragraph line = new Paragraph(r.author() + ": " + r.text());
            line.getStyle().set("margin", "0 0 var(--lumo-space-xs) var(--lumo-space-l)");
            add(line);
        }
    }
}
