package org.mixroom.notification;

import java.util.UUID;

/** Some of {@code recipientId}'s notifications were marked read (published after commit). */
public record NotificationsRead(UUID recipientId) {
}
