package org.mixroom.sharing.ui;

import org.mixroom.shared.ui.Notices;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

/** A link just made, shown once in a read-only field with a button that copies it; hidden until then. */
class LinkField extends HorizontalLayout {

    private final TextField field;

    LinkField(String label) {
        field = new TextField(label);
        field.setReadOnly(true);
        field.setWidthFull();
        field.setHelperText("Shown only now: copy it and send it.");
        Button copy = new Button("Copy " + label.toLowerCase(), click -> field.getElement()
                .executeJs("return navigator.clipboard.writeText($0)", field.getValue())
                .then(ok -> Notices.done("Copied."), failed -> Notices.failed("Copy it by hand from the field.")));
        add(field, copy);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWidthFull();
        setVisible(false);
    }

    void show(String url) {
        field.setValue(url);
        setVisible(true);
    }
}
