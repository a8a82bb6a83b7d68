package org.mixroom.notification;

import java.net.URI;
import org.springframework.mail.SimpleMailMessage;

/** The plain-text mail of a notification: the sentence as subject, the quote, and the link to open. */
final class NotificationMail {
    private NotificationMail() {
    }

    static SimpleMailMessage compose(NotificationView notification, String to, String from, URI link) {
        StringBuilder text = new StringBuilder(notification.message()).append(".\n\n");
        if (notification.excerpt() != null) {
            text.append('“').append(notification.excerpt()).append("”\n\n");
        }
        text.append("Open it in Mixroom:\n").append(link).append("\n\n")
                .append("-- \nYou receive this mail because your Mixroom account has this address.\n");
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(to);
        mail.setSubject(notification.message());
        mail.setText(text.toString());
        return mail;
    }
}
