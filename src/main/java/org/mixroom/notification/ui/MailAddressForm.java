package org.mixroom.notification.ui;

import java.util.UUID;

import org.mixroom.shared.security.Accounts;
import org.mixroom.shared.ui.Notices;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** Where the signed-in person's notification mail goes: an address, or empty for no mail. */
class MailAddressForm extends HorizontalLayout {

    MailAddressForm(Accounts accounts, UUID viewer) {
        EmailField address = new EmailField("E-mail for notifications");
        address.setPlaceholder("name@example.org");
        address.setHelperText("Leave empty for no mail.");
        address.setValueChangeMode(ValueChangeMode.EAGER);
        address.setValue(accounts.emailOf(viewer).orElse(""));
        Button save = new Button("Save address", click -> {
            var stored = Notices.attempt(() -> accounts.changeEmail(viewer, address.getValue()));
            if (stored != null) {
                Notices.done(stored.map(to -> "Notifications will be mailed to " + to + ".")
                        .orElse("Notifications will not be mailed."));
            }
        });
        save.addClickShortcut(Key.ENTER).listenOn(address);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        add(address, save);
    }
}
