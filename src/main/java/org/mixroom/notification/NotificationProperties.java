package org.mixroom.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Notification mail, bound from {@code mixroom.notification.*}. Mail goes out only when a mail server is set
 * ({@code spring.mail.host}), and only to people who gave an e-mail address.
 *
 * @param mailFrom the sender of notification mail
 */
@ConfigurationProperties("mixroom.notification")
public record NotificationProperties(@DefaultValue("Mixroom <mixroom@localhost>") String mailFrom) {
}
