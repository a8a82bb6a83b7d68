package org.mixroom.sharing.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mixroom.ApiClient;
import org.mixroom.ApiTestSupport;
import org.mixroom.TestWavs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Share links: who may make them, and what a guest without an account reaches through one, and nothing more. */
class ShareLinkApiIT extends ApiTestSupport {

    static final byte[] WAV = TestWavs.sine(2, -20);

    @Autowired
    JdbcTemplate jdbc;

    ApiClient owner;
    String engineer;
    String artist;
    String viewer;
    UUID project;
    UUID revision;

    @BeforeEach
    void analysedRevision() throws Exception {
        owner = as(newUser("owner"));
        engineer = newUser("engineer");
        artist = newUser("artist");
        viewer = newUser("viewer");
        project = newProject(owner, "Shared album");
        addMember(owner, project, engineer, "ENGINEER");
        addMember(owner, project, artist, "ARTIST");
        addMember(owner, project, viewer, "VIEWER");
        revision = upload(owner, newTrack(owner, project, "Shared song"), WAV);
        assertThat(awaitAnalysis(owner, revision).get("status").asString()).isEqualTo("READY");
    }

    private JsonNode share(ApiClient client, Map<String, Object> body) {
        ApiClient.Response created = client.post("/api/revisions/" + revision + "/share-links", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    private String token(Map<String, Object> body) {
        return share(owner, body).get("token").asString();
    }

    @Test
    void ownersAndEngineersMakeLinksArtistsAndViewersMayNot() {
        JsonNode created = share(owner, Map.of("permission", "LISTEN"));
        String token = created.get("token").asString();
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(created.get("url").asString()).endsWith("/share/" + token).startsWith("http://localhost:");
        JsonNode link = created.get("link");
        assertThat(link.get("permission").asString()).isEqualTo("LISTEN");
        assertThat(link.get("download").asBoolean()).isFalse();
        assertThat(link.get("passwordProtected").asBoolean()).isFalse();
        assertThat(link.get("state").asString()).isEqualTo("ACTIVE");
        Instant expires = Instant.parse(link.get("expiresAt").asString());
        assertThat(expires).isBetween(Instant.now().plus(13, ChronoUnit.DAYS), Instant.now().plus(15, ChronoUnit.DAYS));

        share(as(engineer), Map.of("permission", "COMMENT"));
        ApiClient.Response byArtist = as(artist).post("/api/revisions/" + revision + "/share-links",
                Map.of("permission", "LISTEN"));
        assertThat(assertProblem(byArtist, 403).get("detail").asString())
                .isEqualTo("As an artist of this project you may not share revisions with guests.");
        assertProblem(as(viewer).post("/api/revisions/" + revision + "/share-links", Map.of("permission", "LISTEN")),
                403);
        assertProblem(as(newUser("outsider")).post("/api/revisions/" + revision + "/share-links",
                Map.of("permission", "LISTEN")), 404);

        // the token is shown once: the list never holds it
        ApiClient.Response list = owner.get("/api/revisions/" + revision + "/share-links");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().size()).isEqualTo(2);
        assertThat(list.body()).doesNotContain(token);
    }

    @Test
    void refusesWrongInputInPlainWords() {
        String path = "/api/revisions/" + revision + "/share-links";
        assertThat(assertProblem(owner.post(path, Map.of()), 400).get("detail").asString())
                .contains("permission");
        assertProblem(owner.post(path, Map.of("permission", "EDIT")), 400);
        assertThat(assertProblem(owner.post(path, Map.of("permission", "LISTEN", "expiresAt",
                Instant.now().minusSeconds(60).toString())), 400).get("detail").asString()).contains("future");
        assertProblem(owner.post(path, Map.of("permission", "LISTEN", "password", " ")), 400);
    }

    @Test
    void aGuestListensWithRangeRequestsThroughTheTokenAlone() {
        String token = token(Map.of("permission", "LISTEN"));
        ApiClient guest = anonymous();

        JsonNode shared = guest.get("/api/share/" + token).json();
        assertThat(shared.get("trackTitle").asString()).isEqualTo("Shared song");
        assertThat(shared.get("revisionNumber").asInt()).isEqualTo(1);
        assertThat(shared.get("permission").asString()).isEqualTo("LISTEN");
        assertThat(shared.toString()).doesNotContain(project.toString()).doesNotContain("Shared album");

        HttpResponse<byte[]> part = guest.getBytes("/api/share/" + token + "/audio", Map.of("Range", "bytes=100-199"));
        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(part.headers().firstValue("Content-Range")).hasValue("bytes 100-199/" + WAV.length);
        assertThat(part.headers().firstValue("Content-Type")).hasValue("audio/wav");
        assertThat(part.body()).isEqualTo(Arrays.copyOfRange(WAV, 100, 200));
        assertThat(guest.getBytes("/api/share/" + token + "/peaks", Map.of()).statusCode()).isEqualTo(200);

        // no download without download=true on the link
        assertProblem(guest.get("/api/share/" + token + "/audio?download=true"), 403);
        String downloadable = token(Map.of("permission", "LISTEN", "download", true));
        HttpResponse<byte[]> file = guest.getBytes("/api/share/" + downloadable + "/audio?download=true", Map.of());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
        assertThat(file.body()).isEqualTo(WAV);
    }

    @Test
    void aGuestCommentsWithTheirNameAndMembersSeeIt() {
        String token = token(Map.of("permission", "COMMENT"));
        Map<String, Object> comment = new HashMap<>(Map.of("startSeconds", 0.5, "endSeconds", 1.0,
                "text", "Love the chorus", "guestName", "Ana", "category", "ARRANGEMENT"));
        ApiClient.Response posted = anonymous().post("/api/share/" + token + "/comments", comment);
        assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
        assertThat(posted.json().get("author").asString()).isEqualTo("Ana (guest)");
        assertThat(posted.json().get("endSeconds").asDouble()).isEqualTo(1.0);

        JsonNode seen = owner.get("/api/revisions/" + revision + "/comments").json().get(0);
        assertThat(seen.get("guestName").asString()).isEqualTo("Ana");
        assertThat(seen.get("author").isNull()).isTrue();
        assertThat(seen.get("text").asString()).isEqualTo("Love the chorus");
        assertThat(seen.get("category").asString()).isEqualTo("ARRANGEMENT");
        // members reply to it as to any comment
        assertThat(owner.post("/api/comments/" + seen.get("id").asString() + "/replies", Map.of("text", "Thanks!"))
                .status()).isEqualTo(201);
        JsonNode guestView = anonymous().get("/api/share/" + token + "/comments").json().get(0);
        assertThat(guestView.get("replies").get(0).get("text").asString()).isEqualTo("Thanks!");
        assertThat(guestView.toString()).doesNotContain("\"username\"").doesNotContain("owner-");

        comment.remove("guestName");
        assertThat(assertProblem(anonymous().post("/api/share/" + token + "/comments", comment), 400)
                .get("detail").asString()).contains("name");
    }

    @Test
    void aListenOnlyLinkRefusesComments() {
        String token = token(Map.of("permission", "LISTEN"));
        ApiClient.Response refused = anonymous().post("/api/share/" + token + "/comments",
                Map.of("startSeconds", 0.5, "text", "Hi", "guestName", "Ana"));
        assertThat(assertProblem(refused, 403).get("detail").asString()).contains("listen only");
        assertThat(owner.get("/api/revisions/" + revision + "/comments").json().size()).isZero();
    }

    @Test
    void unknownExpiredAndRevokedLinksAnswer404() {
        String unknown = "A".repeat(43);
        for (String path : new String[] {"", "/audio", "/peaks", "/comments"}) {
            assertProblem(anonymous().get("/api/share/" + unknown + path), 404);
        }
        assertProblem(anonymous().post("/api/share/" + unknown + "/comments",
                Map.of("startSeconds", 0.5, "text", "Hi", "guestName", "Ana")), 404);

        JsonNode expired = share(owner, Map.of("permission", "COMMENT"));
        jdbc.update("update sharing_link set expires_at = ? where id = ?",
                java.sql.Timestamp.from(Instant.now().minusSeconds(1)),
                UUID.fromString(expired.get("link").get("id").asString()));
        assertThat(assertProblem(anonymous().get("/api/share/" + expired.get("token").asString()), 404)
                .get("detail").asString()).isEqualTo("This link has expired or was revoked.");

        JsonNode revoked = share(owner, Map.of("permission", "COMMENT"));
        String revokedToken = revoked.get("token").asString();
        assertThat(anonymous().get("/api/share/" + revokedToken).status()).isEqualTo(200);
        String linkId = revoked.get("link").get("id").asString();
        assertProblem(as(artist).delete("/api/share-links/" + linkId), 403);
        assertProblem(as(newUser("outsider")).delete("/api/share-links/" + linkId), 404);
        assertThat(owner.delete("/api/share-links/" + linkId).status()).isEqualTo(204);
        assertProblem(anonymous().get("/api/share/" + revokedToken + "/audio"), 404);
        assertProblem(anonymous().post("/api/share/" + revokedToken + "/comments",
                Map.of("startSeconds", 0.5, "text", "Hi", "guestName", "Ana")), 404);
        assertThat(owner.get("/api/revisions/" + revision + "/share-links").body()).contains("REVOKED")
                .contains("EXPIRED");
    }

    @Test
    void aPasswordLinkNeedsThePasswordInItsHeader() {
        String token = token(Map.of("permission", "COMMENT", "password", "open sesame"));
        assertThat(assertProblem(anonymous().get("/api/share/" + token), 403).get("detail").asString())
                .contains("X-Share-Password");
        assertThat(assertProblem(anonymous().withHeader("X-Share-Password", "wrong").get("/api/share/" + token + "/audio"),
                403).get("detail").asString()).contains("wrong");
        ApiClient guest = anonymous().withHeader("X-Share-Password", "open sesame");
        assertThat(guest.get("/api/share/" + token).status()).isEqualTo(200);
        assertThat(guest.getBytes("/api/share/" + token + "/audio", Map.of("Range", "bytes=0-9")).statusCode())
                .isEqualTo(206);
        assertThat(guest.post("/api/share/" + token + "/comments",
                Map.of("startSeconds", 0.5, "text", "Hi", "guestName", "Ana")).status()).isEqualTo(201);
        assertThat(owner.get("/api/revisions/" + revision + "/share-links").body()).doesNotContain("open sesame");
    }

    @Test
    void aTokenReachesOnlyItsOwnRevision() {
        String token = token(Map.of("permission", "COMMENT"));
        UUID other = upload(owner, newTrack(owner, project, "Other song"), WAV);
        ApiClient guest = anonymous();
        // the token is no key to the member API, for its own revision or any other
        for (UUID id : new UUID[] {revision, other}) {
            assertThat(guest.get("/api/revisions/" + id + "/audio").status()).isEqualTo(401);
            assertThat(ApiClient.bearer(port, token).get("/api/revisions/" + id).status()).isEqualTo(401);
        }
        assertThat(guest.get("/api/projects/" + project).status()).isEqualTo(401);
        assertThat(guest.get("/api/share/" + token + "/../../revisions/" + other).status()).isNotEqualTo(200);
        // a guest's comment lands on the link's revision and nowhere else
        guest.post("/api/share/" + token + "/comments", Map.of("startSeconds", 0.5, "text", "Here", "guestName", "Bo"));
        assertThat(owner.get("/api/revisions/" + other + "/comments").json().size()).isZero();
        // a member of another project cannot list or revoke this project's links
        ApiClient stranger = as(newUser("stranger"));
        assertProblem(stranger.get("/api/revisions/" + revision + "/share-links"), 404);
    }
}
