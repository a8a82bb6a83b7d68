package org.mixroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.mixroom.shared.MixroomProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@RunningApp
class ApplicationIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MixroomProperties properties;

    @Test
    void flywayCreatesTheAccountTable() {
        Integer tables = jdbc.queryForObject(
                "select count(*) from information_schema.tables where lower(table_name) = 'app_user'",
                Integer.class);
        assertThat(tables).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from \"flyway_schema_history\" where \"version\" = '001' and \"success\"",
                        Integer.class))
                .isEqualTo(1);
    }

    @Test
    void sendsASignedOutVisitorFromTheRootToTheLoginPage() throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> root = client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(root.statusCode()).isEqualTo(302);
            assertThat(root.headers().firstValue("Location")).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/login"));
        }
    }

    @Test
    void servesTheVaadinPageAtTheLoginAddress() throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/html"));
            // The production bundle's bootstrap page; the view itself renders in the browser (LoginIT).
            assertThat(response.body()).contains("<div id=\"outlet\">").contains("./VAADIN/build/");
        }
    }

    @Test
    void createsTheAudioFolderUnderTheDataFolder() {
        assertThat(properties.dataDir()).isEqualTo(TemporaryDataDir.get());
        assertThat(properties.audioDir()).isDirectory();
        assertThat(Files.isWritable(properties.audioDir())).isTrue();
    }
}
