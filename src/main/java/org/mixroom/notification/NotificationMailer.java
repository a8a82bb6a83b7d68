package org.mixroom.notification;

import jakarta.annotation.PreDestroy;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.mixroom.shared.MixroomProperties;
import org.mixroom.shared.security.Accounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.mail.MailSender;
import org.springframework.stereotype.Component;

/**
 * Mails each new notification to its recipient, if a mail server is configured ({@code spring.mail.host}: Spring
 * Boot then provides the sender) and the recipient gave an address. It runs after commit on a thread of its own,
 * one mail after the other, so a slow or unreachable mail server never holds up or fails what caused the
 * notification; a mail that cannot be sent is logged and dropped.
 */
@Component
class NotificationMailer {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);

    private final ObjectProvider<MailSender> sender;
    private final NotificationService notifications;
    private final Accounts accounts;
    private final MixroomProperties mixroom;
    private final NotificationProperties properties;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "notification-mail");
        thread.setDaemon(true);
        return thread;
    });

    NotificationMailer(ObjectProvider<MailSender> sender, NotificationService notifications, Accounts accounts,
            MixroomProperties mixroom, NotificationProperties properties) {
        this.sender = sender;
        this.notifications = notifications;
        this.accounts = accounts;
        this.mixroom = mixroom;
        this.properties = properties;
    }

    @EventListener
    void on(NotificationCreated created) {
        MailSender mail = sender.getIfAvailable();
        if (mail != null) {
            executor.execute(() -> send(mail, created.notificationId()));
        }
    }

    private void send(MailSender mail, UUID notificationId) {
        try {
            notifications.addressed(notificationId).ifPresent(addressed -> accounts
                    .emailOf(addressed.recipientId())
                    .ifPresent(to -> mail.send(NotificationMail.compose(addressed.notification(), to,
                            properties.mailFrom(), mixroom.link(addressed.notification().link())))));
        } catch (RuntimeException e) {
            log.warn("Could not mail notification {}: {}", notificationId, e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
