package org.mixroom.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mixroom.ApiClient;
import org.mixroom.ApiTestSupport;
import org.mixroom.RunningApp;
import tools.jackson.databind.JsonNode;

class SecurityIT extends ApiTestSupport {

    @ParameterizedTest
    @ValueSource(strings = {"mix", "master", "artist"})
    void theDemoAccountsSignInWithTheConfiguredPassword(String username) {
        assertThat(ApiClient.basic(port, username, RunningApp.DEMO_PASSWORD).get("/api/projects").status())
                .isEqualTo(200);
        JsonNode me = ApiClient.basic(port, username, RunningApp.DEMO_PASSWORD).get("/api/me").json();
        assertThat(me.get("username").asString()).isEqualTo(username);
        assertThat(me.get("id").asString()).isEqualTo(accounts.findByUsername(username).orElseThrow().id().toString());
    }

    @Test
    void answersAnApiCallWithoutCredentialsWith401AndAProblemDocument() {
        ApiClient.Response response = anonymous().get("/api/projects");

        JsonNode problem = assertProblem(response, 401);
        assertThat(problem.get("detail").asString()).contains("HTTP Basic").contains("access token");
        assertThat(response.header("Location")).isNull();
        assertThat(response.headers().get("WWW-Authenticate")).anySatisfy(v -> assertThat(v).startsWith("Basic"));
    }

    @Test
    void refusesAWrongPassword() {
        ApiClient.Response response = ApiClient.basic(port, "mix", "wrong").get("/api/projects");
        assertThat(assertProblem(response, 401).get("detail").asString()).contains("username or password is wrong");
    }

    @Test
    void createsAPersonalAccessTokenThatSignsInScripts() {
        String username = newUser("scripter");
        ApiClient.Response created = as(username).post("/api/tokens", Map.of("name", "CI upload"));

        assertThat(created.status()).isEqualTo(201);
        String token = created.json().get("token").asString();
        assertThat(token).startsWith("mxr_").hasSizeGreaterThan(40);
        assertThat(created.json().get("name").asString()).isEqualTo("CI upload");

        ApiClient script = ApiClient.bearer(port, token);
        ApiClient.Response project = script.post("/api/projects", Map.of("name", "By token"));
        assertThat(project.status()).isEqualTo(201);
        assertThat(project.json().get("createdBy").asString()).isEqualTo(username);
        assertThat(script.get("/api/tokens").json().get(0).has("token")).isFalse();

        assertThat(script.delete("/api/tokens/" + created.id()).status()).isEqualTo(204);
        assertThat(assertProblem(script.get("/api/projects"), 401).get("detail").asString())
                .contains("access token is unknown");
    }

    @Test
    void refusesAnUnknownToken() {
        assertProblem(ApiClient.bearer(port, "mxr_not-a-token").get("/api/projects"), 401);
    }

    @Test
    void refusesATokenWithoutAName() {
        assertProblem(demo("mix").post("/api/tokens", Map.of("name", " ")), 400);
    }

    @Test
    void servesTheOpenApiDocumentWithTheApiPaths() {
        ApiClient.Response response = anonymous().get("/v3/api-docs");

        assertThat(response.status()).isEqualTo(200);
        JsonNode paths = response.json().get("paths");
        assertThat(paths.has("/api/projects")).isTrue();
        assertThat(paths.has("/api/tracks/{id}/revisions")).isTrue();
        assertThat(paths.has("/api/revisions/{id}/comments")).isTrue();
        assertThat(paths.has("/api/comments/{id}")).isTrue();
    }

    @Test
    void protectsTheSignedInSessionAgainstCrossSiteRequests() throws Exception {
        try (HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()) {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(url("/login")).build(),
                    HttpResponse.BodyHandlers.ofString());
            String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
            Matcher csrf = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page.body());
            assertThat(csrf.find()).as("the page carries its CSRF token").isTrue();

            HttpResponse<String> signedIn = http.send(loginPost(csrf.group(1), cookie),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(signedIn.statusCode()).isEqualTo(302);
            assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(
                    location -> assertThat(location).doesNotContain("error"));
            String session = signedIn.headers().firstValue("Set-Cookie").orElse(cookie).split(";")[0];

            // A forged sign-out (no CSRF token) is refused; the UI's own requests carry Vaadin's token.
            HttpResponse<String> forgedLogout = http.send(HttpRequest.newBuilder(url("/logout"))
                    .header("Cookie", session).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(forgedLogout.statusCode()).isEqualTo(403);

            // The browser session works for reading the API (the audio player uses it) ...
            HttpResponse<String> read = http.send(HttpRequest.newBuilder(url("/api/projects"))
                    .header("Cookie", session).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(read.statusCode()).isEqualTo(200);
            // ... but a change that rides on the session cookie alone, as a forged request would, is refused.
            HttpResponse<String> forged = http.send(HttpRequest.newBuilder(url("/api/projects"))
                    .header("Cookie", session).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"forged\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(forged.statusCode()).isEqualTo(403);
            assertThat(forged.body()).contains("CSRF");
        }
    }

    private HttpRequest loginPost(String csrf, String cookie) {
        String form = "username=mix&password=" + URLEncoder.encode(RunningApp.DEMO_PASSWORD, StandardCharsets.UTF_8)
                + (csrf.isEmpty() ? "" : "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(url("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return request.build();
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
