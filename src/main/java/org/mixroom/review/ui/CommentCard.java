package org.mixroom.review.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import java.util.function.DoubleConsumer;

import org.mixroom.review.CommentService;
import org.mixroom.review.CommentView;
import org.mixroom.review.ReplyView;
import org.mixroom.shared.ui.Notices;
import org.mixroom.shared.ui.Timestamps;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** One comment with its replies, a reply field and Resolve/Reopen; the timestamp seeks the player. */
class CommentCard extends VerticalLayout {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final Div body = new Div();
    private final TextField reply = new TextField();
    private final Button send = new Button("Send reply");
    private final Button resolve = new Button();
    private final DoubleConsumer seek;

    CommentCard(CommentService comments, UUID viewer, UUID commentId, DoubleConsumer seek,
            Runnable changed) {
        setId("comment-" + commentId);
        getElement().setAttribute("role", "article");
        getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "6px");
        setSpacing(false);
        reply.setPlaceholder("Reply…");
        reply.setWidth("24em");
        reply.setValueChangeMode(ValueChangeMode.EAGER);
        send.addClickListener(click -> {
            if (Notices.attempt(() -> comments.reply(viewer, commentId, reply.getValue())) != null) {
                reply.clear();
                Notices.done("Reply sent.");
                changed.run();
            }
        });
        send.addClickShortcut(Key.ENTER).listenOn(reply);
        resolve.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        resolve.addClickListener(click -> {
            boolean toResolve = "Resolve".equals(resolve.getText());
            if (Notices.attempt(() -> comments.setResolved(viewer, commentId, toResolve)) != null) {
                Notices.done(toResolve ? "Comment resolved." : "Comment reopened.");
                changed.run();
            }
        });
        this.seek = seek;
        HorizontalLayout actions = new HorizontalLayout(reply, send, resolve);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(body, actions);
    }

    void show(CommentView c) {
        String where = Timestamps.format(c.startSeconds(), c.endSeconds());
        getElement().setAttribute("aria-label", "Comment by " + c.signature() + " at " + where);
        Button time = new Button(where, click -> seek.accept(c.startSeconds()));
        time.setAriaLabel("Play from " + Timestamps.format(c.startSeconds()));
        time.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        HorizontalLayout head = new HorizontalLayout(time);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (c.lowHz() != null) {
            head.add(badge(String.format(Locale.ROOT, "%.0f–%.0f Hz", c.lowHz(), c.highHz())));
        }
        if (c.category() != null) {
            head.add(badge(c.category().label()));
        }
        if (c.carriedFrom() != null) {
            head.add(badge((c.resolved() ? "carried from v" : "open from v") + c.carriedFrom()));
        }
        if (c.resolved()) {
            head.add(badge("Resolved by " + c.resolvedBy()));
        }
        head.add(new Span((c.guestName() != null ? c.signature() : c.authorName() + " (" + c.author() + ")") + ", "
                + TIME.format(c.createdAt())));
        body.removeAll();
        body.add(head, MentionText.paragraph("", c.text(), c.mentions()));
        for (ReplyView r : c.replies()) {
            Paragraph line = MentionText.paragraph(r.authorName() + ": ", r.text(), r.mentions());
            line.getStyle().set("margin", "0 0 var(--lumo-space-xs) var(--lumo-space-l)");
            body.add(line);
        }
        reply.setAriaLabel("Reply to " + c.signature() + " at " + where);
        send.setAriaLabel("Send reply to " + c.signature() + " at " + where);
        resolve.setText(c.resolved() ? "Reopen" : "Resolve");
    }

    /**
     * Marks the card as the one a link pointed at (a notification's), and scrolls it into view once; the mark
     * stays, so it can still be found after reading on.
     */
    void highlight() {
        getElement().setAttribute("aria-current", "true");
        getStyle().set("border", "2px solid var(--lumo-primary-color)")
                .set("background", "var(--lumo-primary-color-10pct)");
        scrollIntoView();
    }

    private static Span badge(String text) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge");
        return badge;
    }
}
