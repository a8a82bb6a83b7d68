package org.mixroom.shared.ui;

import java.util.function.Supplier;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Every action in a view ends in a notice: what was done, or in plain words why it was not. */
public final class Notices {
    private Notices() {
    }

    public static void done(String message) {
        Notification.show(message, 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.SUCCESS);
    }

    public static void failed(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.ERROR);
    }

    /** Runs {@code action}; a refusal by a service becomes an error notice, and the result is null. */
    public static <T> T attempt(Supplier<T> action) {
        try {
            return action.get();
        } catch (RuntimeException e) {
            failed(e.getMessage() == null ? "That did not work." : e.getMessage());
            return null;
        }
    }
}
