package org.mixroom;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.mixroom.project.ProjectService;
import org.mixroom.project.ProjectView;
import org.mixroom.shared.security.Account;
import org.mixroom.shared.security.Accounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application on a real PostgreSQL (an embedded server, no Docker): Flyway applies every migration and
 * Hibernate validates every entity against the result, so the schema stays portable between H2 and
 * PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ContextConfiguration(initializers = TemporaryDataDir.class)
@DirtiesContext // closes this context, whose database stops after the class
class PostgresIT {

    private static EmbeddedPostgres postgres;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        try {
            postgres = EmbeddedPostgres.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
        registry.add("mixroom.demo.enabled", () -> "false");
    }

    @AfterAll
    static void stop() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    ProjectService projects;

    @Test
    void migratesAndValidatesTheSchemaOnPostgres() {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class))
                .isGreaterThanOrEqualTo(6);
    }

    @Test
    void storesAndReadsThroughTheEntitiesAndTheLargeTextColumn() {
        Account owner = accounts.create("pg-owner", "Owner", "password-123");
        ProjectView project = projects.create(owner.id(), "On PostgreSQL");
        UUID track = projects.addTrack(owner.id(), project.id(), "Song").id();
        assertThat(projects.get(owner.id(), project.id()).tracks()).hasSize(1);

        UUID revision = UUID.randomUUID();
        jdbc.update("""
                insert into revision (id, track_id, number, note, uploaded_by, uploaded_at, sha256, size_bytes,
                    file_name, container, sample_format, sample_rate, channels, bit_depth, duration_seconds, status)
                values (?, ?, 1, '', ?, ?, ?, 10, 'a.wav', 'wav', 'int16', 48000, 2, 16, 1.5, 'READY')""",
                revision, track, owner.id(), Instant.EPOCH.atOffset(ZoneOffset.UTC), "0".repeat(64));
        String report = "{\"loudness\": {\"integratedLufs\": -14.2}, \"pad\": \"" + "x".repeat(200_000) + "\"}";
        jdbc.update("insert into analysis_result (revision_id, engine_version, report_json, analysed_at) "
                + "values (?, '1', ?, ?)", revision, report, Instant.EPOCH.atOffset(ZoneOffset.UTC));

        assertThat(jdbc.queryForObject("select report_json from analysis_result where revision_id = ?",
                String.class, revision)).isEqualTo(report);
    }
}
