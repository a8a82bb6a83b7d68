package org.mixroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every endpoint of the API against every kind of caller: nobody signed in (401, never a redirect), someone
 * who is not a member (404, exactly as for an id that names nothing), a viewer (reads, but cannot upload,
 * comment, reply, resolve or approve), and members whose role allows the action.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationIT extends ApiTestSupport {

    /** The ids an endpoint's path is filled from. */
    record Ids(UUID project, UUID track, UUID revision, UUID comment, UUID shareLink, UUID member) {
        static Ids random() {
            return new Ids(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                    UUID.randomUUID(), UUID.randomUUID());
        }

        String fill(String template) {
            return template.replace("{project}", project.toString()).replace("{track}", track.toString())
                    .replace("{revision}", revision.toString()).replace("{comment}", comment.toString())
                    .replace("{shareLink}", shareLink.toString()).replace("{member}", member.toString());
        }
    }

    /** One endpoint: how to call it, and whether it changes anything (as opposed to reading). */
    record Endpoint(String method, String path, BiFunction<ApiClient, String, ApiClient.Response> call) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static final byte[] WAV = TestWavs.sine(1, -20);

    static final List<Endpoint> PROJECT_ENDPOINTS = List.of(
            new Endpoint("GET", "/api/projects/{project}", ApiClient::get),
            new Endpoint("GET", "/api/projects/{project}/members", ApiClient::get),
            new Endpoint("POST", "/api/projects/{project}/members",
                    (c, p) -> c.post(p, Map.of("username", "artist", "role", "ARTIST"))),
            new Endpoint("GET", "/api/projects/{project}/audit", ApiClient::get),
            new Endpoint("PATCH", "/api/projects/{project}/members/{member}",
                    (c, p) -> c.patch(p, Map.of("role", "ARTIST"))),
            new Endpoint("DELETE", "/api/projects/{project}/members/{member}", ApiClient::delete),
            new Endpoint("POST", "/api/projects/{project}/invitations", (c, p) -> c.post(p, Map.of("role", "VIEWER"))),
            new Endpoint("GET", "/api/projects/{project}/tracks", ApiClient::get),
            new Endpoint("POST", "/api/projects/{project}/tracks", (c, p) -> c.post(p, Map.of("title", "New"))),
            new Endpoint("PUT", "/api/projects/{project}/tracks/order",
                    (c, p) -> c.put(p, Map.of("trackIds", List.of()))),
            new Endpoint("GET", "/api/tracks/{track}", ApiClient::get),
            new Endpoint("PATCH", "/api/tracks/{track}", (c, p) -> c.patch(p, Map.of("title", "Renamed"))),
            new Endpoint("POST", "/api/tracks/{track}/revisions", (c, p) -> c.upload(p, "v.wav", WAV, "note")),
            new Endpoint("GET", "/api/tracks/{track}/revisions", ApiClient::get),
            new Endpoint("GET", "/api/revisions/{revision}", ApiClient::get),
            new Endpoint("GET", "/api/revisions/{revision}/audio", ApiClient::get),
            new Endpoint("GET", "/api/revisions/{revision}/peaks", ApiClient::get),
            new Endpoint("GET", "/api/revisions/{revision}/spectrogram", ApiClient::get),
            new Endpoint("GET", "/api/revisions/{revision}/normalization", ApiClient::get),
            new Endpoint("GET", "/api/comparisons?a={revision}&b={revision}", ApiClient::get),
            new Endpoint("GET", "/api/revisions/{revision}/pcm?start=0&duration=0.5", ApiClient::get),
            new Endpoint("GET", "/api/projects/{project}/references", ApiClient::get),
            new Endpoint("POST", "/api/projects/{project}/references", (c, p) -> c.upload(p, "ref.wav", WAV, null)),
            new Endpoint("GET", "/api/comparisons/measures?a={revision}&b={revision}", ApiClient::get),
            new Endpoint("GET", "/api/projects/{project}/album", ApiClient::get),
            new Endpoint("GET", "/api/revisions/{revision}/comments", ApiClient::get),
            new Endpoint("GET", "/api/revisions/{revision}/comments/export?format=midi", ApiClient::get),
            new Endpoint("POST", "/api/revisions/{revision}/comments",
                    (c, p) -> c.post(p, Map.of("startSeconds", 0.5, "text", "Note"))),
            new Endpoint("POST", "/api/revisions/{revision}/approval",
                    (c, p) -> c.post(p, Map.of("decision", "APPROVED", "note", ""))),
            new Endpoint("GET", "/api/revisions/{revision}/approvals", ApiClient::get),
            new Endpoint("GET", "/api/comments/{comment}", ApiClient::get),
            new Endpoint("PATCH", "/api/comments/{comment}", (c, p) -> c.patch(p, Map.of("resolved", true))),
            new Endpoint("POST", "/api/comments/{comment}/replies", (c, p) -> c.post(p, Map.of("text", "Reply"))),
            new Endpoint("POST", "/api/revisions/{revision}/share-links",
                    (c, p) -> c.post(p, Map.of("permission", "LISTEN"))),
            new Endpoint("GET", "/api/revisions/{revision}/share-links", ApiClient::get),
            new Endpoint("DELETE", "/api/share-links/{shareLink}", ApiClient::delete));

    static final List<Endpoint> ACCOUNT_ENDPOINTS = List.of(
            new Endpoint("GET", "/api/me", ApiClient::get),
            new Endpoint("PUT", "/api/me/email", (c, p) -> c.put(p, Map.of("email", "a@example.org"))),
            new Endpoint("GET", "/api/notifications", ApiClient::get),
            new Endpoint("POST", "/api/notifications/" + UUID.randomUUID() + "/read", (c, p) -> c.post(p, Map.of())),
            new Endpoint("POST", "/api/notifications/read-all", (c, p) -> c.post(p, Map.of())),
            new Endpoint("GET", "/api/projects", ApiClient::get),
            new Endpoint("POST", "/api/projects", (c, p) -> c.post(p, Map.of("name", "P"))),
            new Endpoint("GET", "/api/tokens", ApiClient::get),
            new Endpoint("GET", "/api/streaming-presets", ApiClient::get),
            new Endpoint("POST", "/api/tokens", (c, p) -> c.post(p, Map.of("name", "T"))),
            new Endpoint("DELETE", "/api/tokens/" + UUID.randomUUID(), ApiClient::delete),
            new Endpoint("POST", "/api/invitations/" + "C".repeat(43) + "/accept", (c, p) -> c.post(p, Map.of())));

    /** What a viewer may not do. */
    static final Set<String> VIEWER_FORBIDDEN = Set.of(
            "POST /api/projects/{project}/members", "POST /api/projects/{project}/tracks",
            "PUT /api/projects/{project}/tracks/order", "PATCH /api/tracks/{track}",
            "POST /api/tracks/{track}/revisions", "POST /api/projects/{project}/references",
            "POST /api/revisions/{revision}/comments",
            "PATCH /api/comments/{comment}", "POST /api/comments/{comment}/replies",
            "POST /api/revisions/{revision}/approval",
            "PATCH /api/projects/{project}/members/{member}", "DELETE /api/projects/{project}/members/{member}",
            "POST /api/projects/{project}/invitations", "POST /api/revisions/{revision}/share-links",
            "GET /api/revisions/{revision}/share-links", "DELETE /api/share-links/{shareLink}");

    Ids ids;
    String viewer;
    String artist;
    String engineer;
    String outsider;

    @BeforeAll
    void projectWithEveryKindOfContent() throws Exception {
        ApiClient owner = as(newUser("owner"));
        viewer = newUser("viewer");
        artist = newUser("artist");
        engineer = newUser("engineer");
        outsider = newUser("outsider");
        UUID project = newProject(owner, "Private album");
        addMember(owner, project, viewer, "VIEWER");
        addMember(owner, project, artist, "ARTIST");
        addMember(owner, project, engineer, "ENGINEER");
        UUID track = newTrack(owner, project, "Secret song");
        UUID revision = upload(owner, track, WAV);
        assertThat(awaitAnalysis(owner, revision).get("status").asString()).isEqualTo("READY");
        UUID comment = owner.post("/api/revisions/" + revision + "/comments",
                Map.of("startSeconds", 0.2, "text", "First note")).id();
        UUID shareLink = UUID.fromString(owner.post("/api/revisions/" + revision + "/share-links",
                Map.of("permission", "COMMENT")).json().get("link").get("id").asString());
        UUID member = UUID.fromString(as(engineer).get("/api/me").json().get("id").asString());
        ids = new Ids(project, track, revision, comment, shareLink, member);
    }

    @Test
    void nobodySignedInGets401OnEveryEndpointAndNeverARedirect() {
        SoftAssertions softly = new SoftAssertions();
        for (Endpoint endpoint : all()) {
            ApiClient.Response response = endpoint.call().apply(anonymous(), ids.fill(endpoint.path()));
            softly.assertThat(response.status()).as(endpoint.toString()).isEqualTo(401);
            softly.assertThat(response.header("Location")).as(endpoint.toString()).isNull();
            softly.assertThat(response.header("Content-Type")).as(endpoint.toString())
                    .startsWith("application/problem+json");
        }
        softly.assertAll();
    }

    @Test
    void aNonMemberGets404OnEveryProjectEndpointExactlyAsForGuessedIds() {
        ApiClient stranger = as(outsider);
        SoftAssertions softly = new SoftAssertions();
        for (Endpoint endpoint : PROJECT_ENDPOINTS) {
            for (Ids tried : List.of(ids, Ids.random())) {
                ApiClient.Response response = endpoint.call().apply(stranger, tried.fill(endpoint.path()));
                softly.assertThat(response.status()).as(endpoint + " " + tried).isEqualTo(404);
                softly.assertThat(response.body()).as(endpoint + " " + tried)
                        .doesNotContain("Private album").doesNotContain("Secret song").doesNotContain("First note");
            }
        }
        softly.assertThat(stranger.get("/api/projects").body()).doesNotContain(ids.project().toString());
        softly.assertThat(stranger.get("/api/revisions/not-a-uuid").status()).isEqualTo(404);
        softly.assertAll();
    }

    @Test
    void aViewerReadsEverythingButCannotUploadCommentReplyResolveOrManage() {
        ApiClient client = as(viewer);
        SoftAssertions softly = new SoftAssertions();
        for (Endpoint endpoint : PROJECT_ENDPOINTS) {
            ApiClient.Response response = endpoint.call().apply(client, ids.fill(endpoint.path()));
            if (VIEWER_FORBIDDEN.contains(endpoint.toString())) {
                softly.assertThat(response.status()).as(endpoint.toString()).isEqualTo(403);
                softly.assertThat(response.json().get("detail").asString()).as(endpoint.toString())
                        .startsWith("As a viewer of this project you may not");
            } else {
                softly.assertThat(response.status()).as(endpoint.toString()).isEqualTo(200);
            }
        }
        softly.assertAll();
    }

    @Test
    void anArtistUploadsCommentsRepliesAndResolvesButDoesNotManage() {
        ApiClient client = as(artist);
        Map<String, Integer> expected = Map.ofEntries(
                Map.entry("POST /api/tracks/{track}/revisions", 201),
                Map.entry("POST /api/projects/{project}/references", 201),
                Map.entry("POST /api/revisions/{revision}/comments", 201),
                Map.entry("POST /api/comments/{comment}/replies", 201),
                Map.entry("PATCH /api/comments/{comment}", 200),
                Map.entry("POST /api/revisions/{revision}/approval", 201),
                Map.entry("POST /api/projects/{project}/members", 403),
                Map.entry("POST /api/projects/{project}/tracks", 403),
                Map.entry("PATCH /api/tracks/{track}", 403),
                Map.entry("POST /api/revisions/{revision}/share-links", 403),
                Map.entry("POST /api/projects/{project}/invitations", 403));
        assertStatuses(client, expected);
    }

    @Test
    void anEngineerUploadsCommentsAndEditsTracksButDoesNotManageMembers() {
        ApiClient client = as(engineer);
        Map<String, Integer> expected = Map.ofEntries(
                Map.entry("POST /api/tracks/{track}/revisions", 201),
                Map.entry("POST /api/revisions/{revision}/comments", 201),
                Map.entry("POST /api/comments/{comment}/replies", 201),
                Map.entry("PATCH /api/comments/{comment}", 200),
                Map.entry("POST /api/projects/{project}/tracks", 201),
                Map.entry("PATCH /api/tracks/{track}", 200),
                Map.entry("POST /api/revisions/{revision}/approval", 403),
                Map.entry("POST /api/projects/{project}/members", 403),
                Map.entry("POST /api/revisions/{revision}/share-links", 201),
                Map.entry("GET /api/revisions/{revision}/share-links", 200),
                Map.entry("POST /api/projects/{project}/invitations", 403));
        assertStatuses(client, expected);
    }

    /** Guests' endpoints need no account: the token is the key, and a wrong one names nothing (404, not 401). */
    @Test
    void guestEndpointsAnswerToTheTokenAloneAndReachOnlyItsRevision() {
        ApiClient owner = as(engineer);
        String token = owner.post("/api/revisions/" + ids.revision() + "/share-links", Map.of("permission", "LISTEN"))
                .json().get("token").asString();
        SoftAssertions softly = new SoftAssertions();
        for (String path : List.of("", "/audio", "/peaks", "/comments")) {
            softly.assertThat(anonymous().get("/api/share/" + token + path).status()).as(path).isEqualTo(200);
            softly.assertThat(anonymous().get("/api/share/" + ids.revision() + path).status()).as(path)
                    .isEqualTo(404);
            softly.assertThat(anonymous().get("/api/share/" + token.substring(1) + "x" + path).status()).as(path)
                    .isEqualTo(404);
        }
        softly.assertThat(anonymous().get("/api/share/" + token).body()).doesNotContain("Private album")
                .doesNotContain(ids.project().toString()).doesNotContain(ids.track().toString());
        softly.assertAll();
    }

    private void assertStatuses(ApiClient client, Map<String, Integer> expected) {
        SoftAssertions softly = new SoftAssertions();
        for (Endpoint endpoint : PROJECT_ENDPOINTS) {
            Integer status = expected.get(endpoint.toString());
            if (status != null) {
                ApiClient.Response response = endpoint.call().apply(client, ids.fill(endpoint.path()));
                softly.assertThat(response.status()).as(endpoint + " " + response.body()).isEqualTo(status);
            }
        }
        softly.assertAll();
    }

    private static List<Endpoint> all() {
        return java.util.stream.Stream.concat(PROJECT_ENDPOINTS.stream(), ACCOUNT_ENDPOINTS.stream()).toList();
    }
}
