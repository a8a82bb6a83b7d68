package org.mixroom.notification.web;

import java.util.UUID;
import org.mixroom.notification.NotificationList;
import org.mixroom.notification.NotificationService;
import org.mixroom.notification.NotificationView;
import org.mixroom.shared.security.MixroomUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in person's notifications. */
@RestController
@RequestMapping("/api/notifications")
class NotificationController {

    record ReadAll(int marked, long unread) {
    }

    private final NotificationService notifications;

    NotificationController(NotificationService notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    NotificationList list(@AuthenticationPrincipal MixroomUser user, @RequestParam(required = false) Integer limit) {
        return notifications.list(user.id(), limit);
    }

    @PostMapping("/{id}/read")
    NotificationView read(@AuthenticationPrincipal MixroomUser user, @PathVariable UUID id) {
        return notifications.markRead(user.id(), id);
    }

    @PostMapping("/read-all")
    ReadAll readAll(@AuthenticationPrincipal MixroomUser user) {
        return new ReadAll(notifications.markAllRead(user.id()), notifications.unreadCount(user.id()));
    }
}
