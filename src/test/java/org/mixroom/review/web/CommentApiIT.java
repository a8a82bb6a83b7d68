package org.mixroom.review.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mixroom.ApiClient;
import org.mixroom.ApiTestSupport;
import org.mixroom.TestWavs;
import tools.jackson.databind.JsonNode;

class CommentApiIT extends ApiTestSupport {

    ApiClient mix;
    ApiClient master;
    UUID revision;

    @BeforeEach
    void revisionWithTwoMembers() {
        mix = demo("mix");
        master = demo("master");
        UUID project = newProject(mix, "Comments");
        addMember(mix, project, "master", "ENGINEER");
        UUID track = newTrack(mix, project, "Song");
        revision = upload(mix, track, TestWavs.sine(4, -20));
    }

    @Test
    void postsARangeCommentWithABandAndACategoryWhileTheRevisionIsBeingAnalysed() throws Exception {
        ApiClient.Response posted = master.post("/api/revisions/" + revision + "/comments", Map.of(
                "startSeconds", 1.25, "endSeconds", 2.5, "lowHz", 250, "highHz", 400,
                "category", "TONAL_BALANCE", "text", "250–400 Hz build-up here"));

        assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
        JsonNode comment = posted.json();
        assertThat(comment.get("id").asString()).isNotBlank();
        assertThat(comment.get("startSeconds").asDouble()).isEqualTo(1.25);
        assertThat(comment.get("endSeconds").asDouble()).isEqualTo(2.5);
        assertThat(comment.get("lowHz").asDouble()).isEqualTo(250);
        assertThat(comment.get("highHz").asDouble()).isEqualTo(400);
        assertThat(comment.get("category").asString()).isEqualTo("TONAL_BALANCE");
        assertThat(comment.get("text").asString()).isEqualTo("250–400 Hz build-up here");
        assertThat(comment.get("author").asString()).isEqualTo("master");
        assertThat(comment.get("createdAt").asString()).isNotBlank();
        assertThat(comment.get("resolved").asBoolean()).isFalse();
        assertThat(comment.get("replies").size()).isZero();

        // The analysis finishes with the comment in place.
        assertThat(awaitAnalysis(mix, revision).get("status").asString()).isEqualTo("READY");
        assertThat(mix.get("/api/revisions/" + revision + "/comments").json().size()).isEqualTo(1);
    }

    @Test
    void postsAPointCommentWithOnlyTimeAndText() {
        ApiClient.Response posted = mix.post("/api/revisions/" + revision + "/comments",
                Map.of("startSeconds", 0.5, "text", "Click here?"));

        assertThat(posted.status()).isEqualTo(201);
        JsonNode comment = posted.json();
        assertThat(comment.get("endSeconds").isNull()).isTrue();
        assertThat(comment.get("lowHz").isNull()).isTrue();
        assertThat(comment.get("highHz").isNull()).isTrue();
        assertThat(comment.get("category").isNull()).isTrue();
    }

    @Test
    void acceptsCategoriesAsWrittenByPeople() {
        ApiClient.Response posted = mix.post("/api/revisions/" + revision + "/comments",
                Map.of("startSeconds", 0.5, "text", "Crackle", "category", "noise/clicks"));
        assertThat(posted.json().get("category").asString()).isEqualTo("NOISE_CLICKS");
    }

    @Test
    void listsAllCommentsInTimeOrderWithRepliesAndResolves() {
        UUID late = master.post("/api/revisions/" + revision + "/comments",
                Map.of("startSeconds", 3, "text", "Ending is abrupt", "category", "ARRANGEMENT")).id();
        UUID early = master.post("/api/revisions/" + revision + "/comments",
                Map.of("startSeconds", 1, "text", "Vocal too loud", "category", "VOCAL")).id();

        ApiClient.Response reply = mix.post("/api/comments/" + early + "/replies", Map.of("text", "Pulled it 1 dB"));
        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().get("id").asString()).isNotBlank();
        assertThat(reply.json().get("author").asString()).isEqualTo("mix");

        ApiClient.Response resolved = master.patch("/api/comments/" + early, Map.of("resolved", true));
        assertThat(resolved.status()).isEqualTo(200);
        assertThat(resolved.json().get("resolved").asBoolean()).isTrue();
        assertThat(resolved.json().get("resolvedBy").asString()).isEqualTo("master");

        JsonNode comments = mix.get("/api/revisions/" + revision + "/comments").json();
        assertThat(comments.isArray()).isTrue();
        assertThat(comments.size()).isEqualTo(2);
        assertThat(comments.get(0).get("id").asString()).isEqualTo(early.toString());
        assertThat(comments.get(0).get("resolved").asBoolean()).isTrue();
        assertThat(comments.get(0).get("replies").size()).isEqualTo(1);
        assertThat(comments.get(0).get("replies").get(0).get("text").asString()).isEqualTo("Pulled it 1 dB");
        assertThat(comments.get(1).get("id").asString()).isEqualTo(late.toString());
        assertThat(comments.get(1).get("resolved").asBoolean()).isFalse();

        ApiClient.Response reopened = mix.patch("/api/comments/" + early, Map.of("resolved", false));
        assertThat(reopened.json().get("resolved").asBoolean()).isFalse();
        assertThat(reopened.json().get("resolvedBy").isNull()).isTrue();
        assertThat(mix.get("/api/comments/" + early).json().get("resolved").asBoolean()).isFalse();
    }

    @Test
    void refusesInvalidCommentsInPlainWords() {
        assertDetail(Map.of("text", "no time"), "startSeconds is required");
        assertDetail(Map.of("startSeconds", 1), "text must not be empty");
        assertDetail(Map.of("startSeconds", -1, "text", "x"), "startSeconds");
        assertDetail(Map.of("startSeconds", 2, "endSeconds", 1, "text", "x"), "endSeconds must not lie before");
        assertDetail(Map.of("startSeconds", 1, "lowHz", 400, "highHz", 250, "text", "x"), "lowHz must be below");
        assertDetail(Map.of("startSeconds", 1, "lowHz", 0.5, "highHz", 250, "text", "x"), "between 1 and 96000");
        assertDetail(Map.of("startSeconds", 1, "lowHz", 250, "text", "x"), "both lowHz and highHz");
        assertDetail(Map.of("startSeconds", 1, "category", "MOOD", "text", "x"), "TONAL_BALANCE, DYNAMICS");
        Map<String, Object> tooLong = new HashMap<>(Map.of("startSeconds", 1));
        tooLong.put("text", "x".repeat(5001));
        assertDetail(tooLong, "at most 5000");
        assertProblem(mix.patch("/api/comments/" + UUID.randomUUID(), Map.of("resolved", true)), 404);
    }

    private void assertDetail(Map<String, Object> body, String detailPart) {
        ApiClient.Response response = mix.post("/api/revisions/" + revision + "/comments", body);
        assertThat(assertProblem(response, 400).get("detail").asString()).contains(detailPart);
    }
}
