package org.mixroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.mixroom.shared.security.Accounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Base of the API tests: the running application, and helpers to make accounts, projects and tracks. */
@RunningApp
public abstract class ApiTestSupport {

    /** The password of accounts made by {@link #newUser}. */
    protected static final String PASSWORD = "password-for-tests";

    @LocalServerPort
    protected int port;

    @Autowired
    protected Accounts accounts;

    /** A demo account (mix, master, artist). */
    protected ApiClient demo(String username) {
        return ApiClient.demo(port, username);
    }

    protected ApiClient as(String username) {
        return ApiClient.basic(port, username, PASSWORD);
    }

    protected ApiClient anonymous() {
        return ApiClient.anonymous(port);
    }

    /** A new account with a unique username starting with {@code prefix}; returns the username. */
    protected String newUser(String prefix) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, prefix, PASSWORD);
        return username;
    }

    protected static UUID newProject(ApiClient owner, String name) {
        ApiClient.Response created = owner.post("/api/projects", Map.of("name", name));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.id();
    }

    protected static UUID newTrack(ApiClient client, UUID projectId, String title) {
        ApiClient.Response created = client.post("/api/projects/" + projectId + "/tracks", Map.of("title", title));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.id();
    }

    protected void addMember(ApiClient owner, UUID projectId, String username, String role) {
        ApiClient.Response added = owner.post("/api/projects/" + projectId + "/members",
                Map.of("username", username, "role", role));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
    }

    protected static UUID upload(ApiClient client, UUID trackId, byte[] wav) {
        ApiClient.Response uploaded = client.upload("/api/tracks/" + trackId + "/revisions", "mix.wav", wav, "first");
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        return uploaded.id();
    }

    /** Polls the revision until its status is READY or FAILED (at most 60 s); returns the last answer. */
    protected static JsonNode awaitAnalysis(ApiClient client, UUID revisionId) throws InterruptedException {
        return client.awaitAnalysis(revisionId);
    }

    /** Asserts an RFC 9457 problem document with this status and a plain detail. */
    protected static JsonNode assertProblem(ApiClient.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).isNotBlank().doesNotContain("Exception").doesNotContain("java.");
        return problem;
    }
}
