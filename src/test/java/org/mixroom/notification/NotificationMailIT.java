package org.mixroom.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mixroom.ApiClient;
import org.mixroom.ApiTestSupport;
import org.mixroom.RunningApp;
import org.mixroom.TestMailServer;
import org.mixroom.TestWavs;

/** Notification mail over real SMTP (the test JVM's mail server), to whoever gave an address. */
class NotificationMailIT extends ApiTestSupport {

    @Test
    void aMentionedMemberWithAnAddressGetsAMailWithTheLinkToTheComment() throws Exception {
        String engineer = newUser("engineer");
        String artist = newUser("artist");
        String address = artist + "@example.org";
        UUID project = newProject(as(engineer), "Mailed");
        addMember(as(engineer), project, artist, "ARTIST");
        UUID revision = upload(as(engineer), newTrack(as(engineer), project, "Song"), TestWavs.sine(4, -20));

        ApiClient.Response set = as(artist).put("/api/me/email", Map.of("email", " " + address + " "));
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.json().get("email").asString()).isEqualTo(address);
        assertThat(as(artist).get("/api/me").json().get("email").asString()).isEqualTo(address);

        UUID comment = as(engineer).post("/api/revisions/" + revision + "/comments",
                Map.of("startSeconds", 1.5, "text", "@" + artist + " is the vocal loud enough?")).id();

        MimeMessage mail = awaitMail(address, "mentioned you");
        assertThat(mail.getSubject()).isEqualTo("engineer mentioned you in a comment on Song · revision 1");
        assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly(address);
        assertThat((String) mail.getContent())
                .contains(RunningApp.PUBLIC_URL + "/revisions/" + revision + "?comment=" + comment)
                .contains("is the vocal loud enough?");
        // the new revision was notified before the artist gave the address (mail goes out in order): no mail
        assertThat(TestMailServer.receivedBy(address)).hasSize(1);
    }

    @Test
    void anAddressCanBeRemovedAndAWrongOneIsRefusedInPlainWords() {
        String user = newUser("someone");
        assertThat(assertProblem(as(user).put("/api/me/email", Map.of("email", "not an address")), 400)
                .get("detail").asString()).contains("is not an e-mail address");
        assertThat(as(user).put("/api/me/email", Map.of("email", user + "@example.org")).status()).isEqualTo(200);
        Map<String, Object> none = new HashMap<>();
        none.put("email", null);
        ApiClient.Response removed = as(user).put("/api/me/email", none);
        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.json().get("email").isNull()).isTrue();
    }

    private static MimeMessage awaitMail(String address, String subjectPart) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            for (MimeMessage message : TestMailServer.receivedBy(address)) {
                if (message.getSubject().contains(subjectPart)) {
                    return message;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no mail to " + address + " about '" + subjectPart + "'");
    }
}
