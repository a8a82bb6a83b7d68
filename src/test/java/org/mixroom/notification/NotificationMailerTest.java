package org.mixroom.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.mixroom.shared.MixroomProperties;
import org.mixroom.shared.security.Accounts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailSendException;
import org.springframework.mail.MailSender;
import org.springframework.mail.SimpleMailMessage;

class NotificationMailerTest {

    private final NotificationService notifications = mock(NotificationService.class);
    private final Accounts accounts = mock(Accounts.class);
    private final MailSender sender = mock(MailSender.class);
    private final UUID recipient = UUID.randomUUID();
    private final NotificationCreated created = new NotificationCreated(UUID.randomUUID(), recipient);

    @Test
    void withoutAMailServerNothingIsLookedUpOrSent() {
        mailer(null).on(created);

        verifyNoInteractions(notifications, accounts);
    }

    @Test
    void aSlowMailServerDoesNotHoldUpTheCallerAndAFailingOneIsOnlyLogged() throws Exception {
        addressed();
        CountDownLatch release = new CountDownLatch(1);
        doAnswer(invocation -> {
            release.await();
            throw new MailSendException("connection refused");
        }).when(sender).send(any(SimpleMailMessage.class));
        NotificationMailer mailer = mailer(sender);

        long start = System.nanoTime();
        mailer.on(created);
        mailer.on(created);
        assertThat(System.nanoTime() - start).isLessThan(1_000_000_000L);

        release.countDown();
        verify(sender, timeout(5_000).times(2)).send(any(SimpleMailMessage.class));
        mailer.stop();
    }

    @Test
    void sendsNothingToSomeoneWithoutAnAddress() throws Exception {
        when(notifications.addressed(created.notificationId())).thenReturn(Optional.of(
                new NotificationService.Addressed(recipient, view())));
        when(accounts.emailOf(recipient)).thenReturn(Optional.empty());

        NotificationMailer mailer = mailer(sender);
        mailer.on(created);

        verify(accounts, timeout(5_000)).emailOf(recipient);
        mailer.stop();
        verifyNoInteractions(sender);
    }

    private void addressed() {
        when(notifications.addressed(created.notificationId())).thenReturn(Optional.of(
                new NotificationService.Addressed(recipient, view())));
        when(accounts.emailOf(recipient)).thenReturn(Optional.of("artist@example.org"));
    }

    private static NotificationView view() {
        return new NotificationView(UUID.randomUUID(), NotificationKind.NEW_REVISION, "mix", "Mix engineer",
                UUID.randomUUID(), UUID.randomUUID(), null, "Song · revision 2", null,
                "Mix engineer uploaded Song · revision 2", "/revisions/r", Instant.EPOCH, false);
    }

    @SuppressWarnings("unchecked")
    private NotificationMailer mailer(MailSender available) {
        ObjectProvider<MailSender> provider = mock(ObjectProvider.class);
        when(provider.getIfAvailable()).thenReturn(available);
        return new NotificationMailer(provider, notifications, accounts,
                new MixroomProperties(Path.of("."), "https://mix.example.org"),
                new NotificationProperties("Mixroom <m@example.org>"));
    }
}
