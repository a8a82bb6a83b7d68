package org.mixroom.review.ui;

import java.util.UUID;

import org.mixroom.review.CommentCategory;
import org.mixroom.review.CommentService;
import org.mixroom.review.CommentView;
import org.mixroom.review.PostComment;
import org.mixroom.shared.ui.Notices;
import org.mixroom.shared.ui.Timestamps;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * A new comment: at a point or over a range (m:ss.mmm), optionally in a frequency band and with a category.
 * Ctrl+Enter posts it from any field; Enter does from the one-line fields.
 */
class CommentForm extends VerticalLayout {

    private final TextField start = new TextField("Start");
    private final TextField end = new TextField("End");
    private final NumberField lowHz = new NumberField("Low (Hz)");
    private final NumberField highHz = new NumberField("High (Hz)");
    private final Select<CommentCategory> category = new Select<>();
    private final TextArea text = new TextArea("Comment");

    CommentForm(CommentService comments, UUID viewer, UUID revisionId, Runnable posted) {
        setPadding(false);
        start.setPlaceholder("m:ss.mmm");
        start.setValue(Timestamps.format(0));
        end.setPlaceholder("optional");
        end.setHelperText("Leave empty for a point");
        for (NumberField hz : new NumberField[] {lowHz, highHz}) {
            hz.setMin(1);
            hz.setMax(96_000);
            hz.setWidth("8em");
        }
        lowHz.setHelperText("Optional band");
        category.setLabel("Category");
        category.setItems(CommentCategory.values());
        category.setItemLabelGenerator(c -> c == null ? "None" : c.label());
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption("None");
        text.setWidthFull();
        text.setHelperText("Write @ and a username to notify a member of the project.");
        // Ctrl+Enter and Enter post before the field would send its value on change: send it as typed.
        for (var field : java.util.List.of(start, end, text)) {
            field.setValueChangeMode(ValueChangeMode.EAGER);
        }
        lowHz.setValueChangeMode(ValueChangeMode.EAGER);
        highHz.setValueChangeMode(ValueChangeMode.EAGER);
        text.setMaxLength(10_000);
        Button post = new Button("Post comment", click -> {
            CommentView created = Notices.attempt(() -> comments.post(viewer, revisionId, new PostComment(
                    Timestamps.parse(start.getValue(), "The start"), Timestamps.parse(end.getValue(), "The end"),
                    lowHz.getValue(), highHz.getValue(),
                    category.getValue() == null ? null : category.getValue().name(), text.getValue())));
            if (created != null) {
                text.clear();
                end.clear();
                lowHz.clear();
                highHz.clear();
                Notices.done("Comment posted at " + Timestamps.format(created.startSeconds(), created.endSeconds())
                        + ".");
                posted.run();
            }
        });
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        post.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(this);
        post.addClickShortcut(Key.ENTER).listenOn(start, end, lowHz, highHz);
        HorizontalLayout where = new HorizontalLayout(start, end, lowHz, highHz, category);
        where.setAlignItems(FlexComponent.Alignment.BASELINE);
        where.setWrap(true);
        add(new H3("New comment"), where, text, post);
    }

    /** Fills in where the comment points: the playhead, or a range with {@code until} non-null. */
    void anchor(double from, Double until) {
        start.setValue(Timestamps.format(from));
        end.setValue(until == null ? "" : Timestamps.format(until));
    }

    /** Fills in the frequency band, as picked on a spectrum or width chart. */
    void band(double fromHz, double toHz) {
        lowHz.setValue(fromHz);
        highHz.setValue(toHz);
    }

    void focusText() {
        text.focus();
    }
}
