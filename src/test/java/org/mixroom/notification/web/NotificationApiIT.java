package org.mixroom.notification.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mixroom.ApiClient;
import org.mixroom.ApiTestSupport;
import org.mixroom.TestWavs;
import org.mixroom.notification.NotificationKind;
import org.mixroom.notification.NotificationService;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Who is notified of what: mentions, replies, new revisions and approvals reach the project's members they
 * concern, once each, never the person who acted and never anyone outside the project.
 */
class NotificationApiIT extends ApiTestSupport {

    @Autowired
    NotificationService notifications;

    String owner;
    String engineer;
    String artist;
    String viewer;
    String outsider;
    UUID project;
    UUID track;
    UUID revision;

    @BeforeEach
    void projectWithFourMembersAndARevision() {
        owner = newUser("owner");
        engineer = newUser("engineer");
        artist = newUser("artist");
        viewer = newUser("viewer");
        outsider = newUser("outsider");
        project = newProject(as(owner), "Notified");
        addMember(as(owner), project, engineer, "ENGINEER");
        addMember(as(owner), project, artist, "ARTIST");
        addMember(as(owner), project, viewer, "VIEWER");
        track = newTrack(as(owner), project, "Song");
        revision = upload(as(owner), track, TestWavs.sine(4, -20));
    }

    @Test
    void aNewRevisionNotifiesEveryMemberButTheUploader() {
        for (String member : List.of(engineer, artist, viewer)) {
            JsonNode list = list(member);
            assertThat(list.get("unread").asLong()).as(member).isEqualTo(1);
            JsonNode notification = list.get("notifications").get(0);
            assertThat(notification.get("kind").asString()).isEqualTo("NEW_REVISION");
            assertThat(notification.get("actor").asString()).isEqualTo(owner);
            assertThat(notification.get("message").asString()).isEqualTo("owner uploaded Song · revision 1");
            assertThat(notification.get("link").asString()).isEqualTo("/revisions/" + revision);
            assertThat(notification.get("revisionId").asString()).isEqualTo(revision.toString());
            assertThat(notification.get("projectId").asString()).isEqualTo(project.toString());
            assertThat(notification.get("commentId").isNull()).isTrue();
            assertThat(notification.get("read").asBoolean()).isFalse();
        }
        assertThat(list(owner).get("notifications").size()).isZero();
        assertThat(list(outsider).get("notifications").size()).isZero();
    }

    @Test
    void aMentionInACommentNotifiesTheMentionedMembersOnly() {
        readAll();
        ApiClient.Response posted = as(artist).post("/api/revisions/" + revision + "/comments", Map.of(
                "startSeconds", 1.0, "text", "@" + engineer + " @" + viewer + " @" + outsider + " @nobody @" + artist
                        + " the vocal"));
        assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
        UUID comment = posted.id();
        assertThat(names(posted.json().get("mentions"))).containsExactly(engineer, viewer, artist);

        for (String member : List.of(engineer, viewer)) {
            JsonNode notification = onlyNotification(member);
            assertThat(notification.get("kind").asString()).isEqualTo("MENTION");
            assertThat(notification.get("message").asString())
                    .isEqualTo("artist mentioned you in a comment on Song · revision 1");
            assertThat(notification.get("excerpt").asString()).endsWith(" the vocal");
            assertThat(notification.get("commentId").asString()).isEqualTo(comment.toString());
            assertThat(notification.get("link").asString())
                    .isEqualTo("/revisions/" + revision + "?comment=" + comment);
        }
        for (String nobody : List.of(artist, owner, outsider)) {
            assertThat(kinds(nobody)).as(nobody).isEmpty();
        }
    }

    @Test
    void aReplyNotifiesTheCommentsAuthorAndEarlierRepliersOnceEachAndAMentionCountsOnce() {
        readAll();
        UUID comment = as(owner).post("/api/revisions/" + revision + "/comments",
                Map.of("startSeconds", 1.0, "text", "Kick too loud")).id();
        reply(engineer, comment, "Pulled it 1 dB");
        assertThat(kinds(owner)).containsExactly("REPLY");
        assertThat(onlyNotification(owner).get("message").asString())
                .isEqualTo("engineer replied to a comment on Song · revision 1");
        assertThat(kinds(engineer)).isEmpty();

        // the artist replies and mentions the engineer, who also replied before: one mention for them
        JsonNode reply = reply(artist, comment, "Better. @" + engineer + ", could the snare follow?");
        assertThat(names(reply.get("mentions"))).containsExactly(engineer);
        assertThat(kinds(owner)).containsExactly("REPLY", "REPLY");
        assertThat(kinds(engineer)).containsExactly("MENTION");
        assertThat(list(engineer).get("notifications").get(0).get("message").asString())
                .isEqualTo("artist mentioned you in a reply on Song · revision 1");
        assertThat(kinds(artist)).isEmpty();

        // the owner replies to their own comment: everyone who wrote in the thread before, not the owner
        reply(owner, comment, "Thanks both");
        assertThat(kinds(owner)).containsExactly("REPLY", "REPLY");
        assertThat(kinds(engineer)).containsExactly("REPLY", "MENTION");
        assertThat(kinds(artist)).containsExactly("REPLY");
        assertThat(kinds(viewer)).isEmpty();
        assertThat(kinds(outsider)).isEmpty();
    }

    @Test
    void approvalsAndRequestsForChangesNotifyEveryMemberButWhoeverGaveThem() throws InterruptedException {
        assertThat(awaitAnalysis(as(owner), revision).get("status").asString()).isEqualTo("READY");
        readAll();
        String approval = "/api/revisions/" + revision + "/approval";
        assertThat(as(artist).post(approval, Map.of("decision", "CHANGES_REQUESTED", "note", "More bass"))
                .status()).isEqualTo(201);
        assertThat(as(artist).post(approval, Map.of("decision", "APPROVED")).status()).isEqualTo(201);

        for (String member : List.of(owner, engineer, viewer)) {
            assertThat(kinds(member)).as(member).containsExactlyInAnyOrder("APPROVAL", "CHANGES_REQUESTED");
            assertThat(messages(member)).contains("artist approved Song · revision 1",
                    "artist requested changes to Song · revision 1");
        }
        assertThat(kinds(artist)).isEmpty();
        assertThat(kinds(outsider)).isEmpty();
    }

    @Test
    void theSameApprovalNotifiesOnce() {
        readAll();
        UUID artistId = accounts.findByUsername(artist).orElseThrow().id();
        UUID approval = UUID.randomUUID();
        notifications.notifyApproval(NotificationKind.APPROVAL, approval, revision, project, artistId);
        notifications.notifyApproval(NotificationKind.APPROVAL, approval, revision, project, artistId);
        assertThat(kinds(owner)).containsExactly("APPROVAL");
    }

    @Test
    void readingOneOrAllCountsDownAndOnlyTheirOwn() {
        as(engineer).post("/api/revisions/" + revision + "/comments",
                Map.of("startSeconds", 0.5, "text", "@" + artist + " listen"));
        JsonNode list = list(artist);
        assertThat(list.get("unread").asLong()).isEqualTo(2);
        assertThat(kindsOf(list)).containsExactly("MENTION", "NEW_REVISION");
        UUID newest = UUID.fromString(list.get("notifications").get(0).get("id").asString());

        assertProblem(as(engineer).post("/api/notifications/" + newest + "/read", Map.of()), 404);
        assertProblem(as(artist).post("/api/notifications/" + UUID.randomUUID() + "/read", Map.of()), 404);
        ApiClient.Response read = as(artist).post("/api/notifications/" + newest + "/read", Map.of());
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.json().get("read").asBoolean()).isTrue();
        assertThat(list(artist).get("unread").asLong()).isEqualTo(1);
        assertThat(as(artist).post("/api/notifications/" + newest + "/read", Map.of()).status()).isEqualTo(200);
        assertThat(list(artist).get("unread").asLong()).isEqualTo(1);

        ApiClient.Response all = as(artist).post("/api/notifications/read-all", Map.of());
        assertThat(all.json().get("marked").asInt()).isEqualTo(1);
        assertThat(all.json().get("unread").asLong()).isZero();
        assertThat(list(artist).get("notifications").size()).isEqualTo(2);
        assertThat(list(engineer).get("unread").asLong()).isEqualTo(1);

        assertThat(as(artist).get("/api/notifications?limit=1").json().get("notifications").size()).isEqualTo(1);
        assertThat(assertProblem(as(artist).get("/api/notifications?limit=0"), 400).get("detail").asString())
                .contains("limit must lie between 1 and 200");
    }

    private JsonNode reply(String author, UUID comment, String text) {
        ApiClient.Response reply = as(author).post("/api/comments/" + comment + "/replies", Map.of("text", text));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json();
    }

    /** Everyone starts from the new revision's notification read. */
    private void readAll() {
        for (String user : List.of(owner, engineer, artist, viewer, outsider)) {
            assertThat(as(user).post("/api/notifications/read-all", Map.of()).status()).isEqualTo(200);
        }
    }

    private JsonNode list(String user) {
        ApiClient.Response response = as(user).get("/api/notifications");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    /** The kinds of the user's unread notifications, newest first. */
    private List<String> kinds(String user) {
        List<String> kinds = new ArrayList<>();
        list(user).get("notifications").forEach(n -> {
            if (!n.get("read").asBoolean()) {
                kinds.add(n.get("kind").asString());
            }
        });
        return kinds;
    }

    private List<String> messages(String user) {
        List<String> messages = new ArrayList<>();
        list(user).get("notifications").forEach(n -> messages.add(n.get("message").asString()));
        return messages;
    }

    private static List<String> kindsOf(JsonNode list) {
        List<String> kinds = new ArrayList<>();
        list.get("notifications").forEach(n -> kinds.add(n.get("kind").asString()));
        return kinds;
    }

    private JsonNode onlyNotification(String user) {
        JsonNode list = list(user);
        assertThat(list.get("unread").asLong()).as(user + ": " + list).isEqualTo(1);
        return list.get("notifications").get(0);
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(n -> names.add(n.asString()));
        return names;
    }
}
