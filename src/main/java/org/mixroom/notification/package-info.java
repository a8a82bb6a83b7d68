/**
 * In-app notifications and their mail: mentions and replies in comment threads, new revisions, approvals and
 * requested changes. Listens to the other modules' events; publishes {@code NotificationCreated} and
 * {@code NotificationsRead} after commit, which the bell in the top bar and the mail follow.
 */
package org.mixroom.notification;
