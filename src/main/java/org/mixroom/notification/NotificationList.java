package org.mixroom.notification;

import java.util.List;

/** Someone's newest notifications, newest first, and how many of all theirs are unread. */
public record NotificationList(long unread, List<NotificationView> notifications) {
}
