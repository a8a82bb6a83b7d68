package org.mixroom.sharing.ui;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.mixroom.review.PostComment;
import org.mixroom.shared.ui.Notices;
import org.mixroom.shared.ui.Timestamps;
import org.mixroom.sharing.GuestComment;
import org.mixroom.sharing.GuestLinks;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * A guest's comment: their name (kept for the next comment), where it points (m:ss.mmm, End empty for a point;
 * dragging over the waveform fills both) and the text. Ctrl+Enter posts.
 */
class GuestCommentForm extends VerticalLayout {

    private final TextField start = new TextField("Start");
    private final TextField end = new TextField("End");

    GuestCommentForm(GuestLinks guests, String token, Supplier<Set<UUID>> unlocked, Runnable posted) {
        setPadding(false);
        TextField name = new TextField("Your name");
        name.setMaxLength(100);
        start.setPlaceholder("m:ss.mmm");
        start.setValue(Timestamps.format(0));
        end.setPlaceholder("optional");
        end.setHelperText("Leave empty for a point");
        TextArea text = new TextArea("Comment");
        text.setWidthFull();
        // Ctrl+Enter posts before the field would send its value on change: send it as typed.
        for (var field : List.of(name, start, end)) {
            field.setValueChangeMode(ValueChangeMode.EAGER);
        }
        text.setValueChangeMode(ValueChangeMode.EAGER);
        Button post = new Button("Post comment", click -> {
            GuestComment created = Notices.attempt(() -> guests.comment(guests.open(token, null, unlocked.get()),
                    name.getValue(), new PostComment(Timestamps.parse(start.getValue(), "The start"),
                            Timestamps.parse(end.getValue(), "The end"), null, null, null, text.getValue())));
            if (created != null) {
                text.clear();
                end.clear();
                Notices.done("Comment posted at " + Timestamps.format(created.startSeconds(), created.endSeconds())
                        + ".");
                posted.run();
            }
        });
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        post.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(this);
        HorizontalLayout where = new HorizontalLayout(name, start, end);
        where.setAlignItems(FlexComponent.Alignment.BASELINE);
        where.setWrap(true);
        add(new H3("Your comment"), where, text, post);
    }

    /** Fills in where the comment points: a moment, or a range with {@code until} non-null. */
    void anchor(double from, Double until) {
        start.setValue(Timestamps.format(from));
        end.setValue(until == null ? "" : Timestamps.format(until));
    }
}
