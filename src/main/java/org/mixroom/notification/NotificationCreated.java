package org.mixroom.notification;

import java.util.UUID;

/** A notification for {@code recipientId} was stored (published after commit). */
public record NotificationCreated(UUID notificationId, UUID recipientId) {
}
