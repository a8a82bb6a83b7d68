package org.mixroom.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.mail.SimpleMailMessage;

class NotificationMailTest {

    @Test
    void saysWhatHappenedQuotesTheTextAndLinksToTheComment() {
        NotificationView mention = new NotificationView(UUID.randomUUID(), NotificationKind.MENTION, "master",
                "Mastering engineer", UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "Song · revision 2",
                "@artist the vocal at 1:12", "Mastering engineer mentioned you in a comment on Song · revision 2",
                "/revisions/r?comment=c", Instant.EPOCH, false);

        SimpleMailMessage mail = NotificationMail.compose(mention, "artist@example.org", "Mixroom <m@example.org>",
                URI.create("https://mix.example.org/revisions/r?comment=c"));

        assertThat(mail.getTo()).containsExactly("artist@example.org");
        assertThat(mail.getFrom()).isEqualTo("Mixroom <m@example.org>");
        assertThat(mail.getSubject()).isEqualTo("Mastering engineer mentioned you in a comment on Song · revision 2");
        assertThat(mail.getText()).contains("“@artist the vocal at 1:12”")
                .contains("\nhttps://mix.example.org/revisions/r?comment=c\n");
    }
}
