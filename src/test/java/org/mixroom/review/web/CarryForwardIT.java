package org.mixroom.review.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mixroom.ApiClient;
import org.mixroom.ApiTestSupport;
import org.mixroom.FailingUploads;
import org.mixroom.TestWavs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** A new revision gets the previous revision's open comments, in the upload's transaction. */
class CarryForwardIT extends ApiTestSupport {

    static final byte[] WAV = TestWavs.sine(4, -20);

    @Autowired
    FailingUploads failing;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient mix;
    ApiClient master;
    UUID track;
    UUID first;

    @BeforeEach
    void firstRevision() {
        mix = demo("mix");
        master = demo("master");
        UUID project = newProject(mix, "Rounds");
        addMember(mix, project, "master", "ENGINEER");
        track = newTrack(mix, project, "Song");
        first = upload(mix, track, WAV);
    }

    UUID comment(UUID revision, Map<String, Object> body) {
        ApiClient.Response posted = master.post("/api/revisions/" + revision + "/comments", body);
        assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
        return posted.id();
    }

    JsonNode comments(UUID revision) {
        return mix.get("/api/revisions/" + revision + "/comments").json();
    }

    @Test
    void openCommentsAreCarriedForwardWithEverythingButResolvedOnesStayBehind() {
        UUID boxy = comment(first, Map.of("startSeconds", 1.25, "endSeconds", 2.5, "lowHz", 250, "highHz", 400,
                "category", "TONAL_BALANCE", "text", "Boxy low mids"));
        mix.post("/api/comments/" + boxy + "/replies", Map.of("text", "Which instrument?"));
        UUID click = comment(first, Map.of("startSeconds", 3, "text", "Click at the end"));
        UUID fixed = comment(first, Map.of("startSeconds", 0.5, "text", "Fixed already"));
        mix.patch("/api/comments/" + fixed, Map.of("resolved", true));
        JsonNode original = master.get("/api/comments/" + boxy).json();

        UUID second = upload(mix, track, WAV);

        JsonNode carried = comments(second);
        assertThat(carried.size()).isEqualTo(2);
        JsonNode copy = carried.get(0);
        assertThat(copy.get("id").asString()).isNotEqualTo(boxy.toString());
        assertThat(copy.get("revisionId").asString()).isEqualTo(second.toString());
        assertThat(copy.get("carriedFrom").asInt()).isEqualTo(1);
        assertThat(copy.get("resolved").asBoolean()).isFalse();
        for (String field : new String[] {"startSeconds", "endSeconds", "lowHz", "highHz", "category", "text",
                "author", "authorName", "createdAt"}) {
            assertThat(copy.get(field)).as(field).isEqualTo(original.get(field));
        }
        assertThat(copy.get("replies").size()).isEqualTo(1);
        assertThat(copy.get("replies").get(0).get("text").asString()).isEqualTo("Which instrument?");
        assertThat(copy.get("replies").get(0).get("author").asString()).isEqualTo("mix");
        assertThat(copy.get("replies").get(0).get("createdAt"))
                .isEqualTo(original.get("replies").get(0).get("createdAt"));
        assertThat(carried.get(1).get("text").asString()).isEqualTo("Click at the end");
        assertThat(comments(first).findValues("carriedFrom")).allMatch(JsonNode::isNull);
        assertThat(comments(first).size()).isEqualTo(3);

        // Resolving the copy on the new revision leaves the original open on the old one.
        UUID boxyCopy = UUID.fromString(copy.get("id").asString());
        assertThat(mix.patch("/api/comments/" + boxyCopy, Map.of("resolved", true)).status()).isEqualTo(200);
        assertThat(master.get("/api/comments/" + boxy).json().get("resolved").asBoolean()).isFalse();

        // The next revision gets what is open on this one; it still says where the comment was first posted.
        UUID third = upload(mix, track, WAV);
        JsonNode again = comments(third);
        assertThat(again.size()).isEqualTo(1);
        assertThat(again.get(0).get("text").asString()).isEqualTo("Click at the end");
        assertThat(again.get(0).get("carriedFrom").asInt()).isEqualTo(1);
        assertThat(master.get("/api/comments/" + click).json().get("resolved").asBoolean()).isFalse();
    }

    @Test
    void aFailedUploadLeavesNoCarriedCopies() {
        UUID open = comment(first, Map.of("startSeconds", 1, "text", "Still open"));
        failing.failNextUploadTo(track);

        ApiClient.Response refused = mix.upload("/api/tracks/" + track + "/revisions", "v2.wav", WAV, "second");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(500);
        assertThat(failing.commentsBeforeFailure(track)).as("copies written inside the transaction").isEqualTo(1);
        assertThat(mix.get("/api/tracks/" + track + "/revisions").json().size()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from review_comment where carried_from_comment_id = ?",
                Integer.class, open)).isZero();

        // The next upload that succeeds carries the comment once.
        UUID second = upload(mix, track, WAV);
        assertThat(comments(second).size()).isEqualTo(1);
    }
}
