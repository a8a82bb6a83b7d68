package org.mixroom.analysis;

import java.time.ZoneOffset;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code analysis_result} table, through plain JDBC: the report JSON is a large text column, which
 * JDBC reads and writes as a string on H2 (CLOB) and PostgreSQL (text) alike.
 */
@Repository
class AnalysisStore {

    /** Artefact hashes of a stored result. */
    record Artefacts(String peaksSha256, String spectrogramSha256) {
    }

    private final JdbcClient jdbc;

    AnalysisStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores (or replaces) the result of analysing a revision; run inside the caller's transaction. */
    void save(UUID revisionId, String engineVersion, String reportJson, String peaksSha256, String spectrogramSha256,
            Instant analysedAt) {
        jdbc.sql("delete from analysis_result where revision_id = ?").param(revisionId).update();
        jdbc.sql("""
                insert into analysis_result
                    (revision_id, engine_version, report_json, peaks_sha256, spectrogram_sha256, analysed_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(revisionId, engineVersion, reportJson, peaksSha256, spectrogramSha256,
                        analysedAt.atOffset(ZoneOffset.UTC))
                .update();
    }

    Optional<String> reportJson(UUID revisionId) {
        return jdbc.sql("select report_json from analysis_result where revision_id = ?")
                .param(revisionId)
                .query((rs, row) -> rs.getString(1))
                .optional();
    }

    Optional<Artefacts> artefacts(UUID revisionId) {
        return jdbc.sql("select peaks_sha256, spectrogram_sha256 from analysis_result where revision_id = ?")
                .param(revisionId)
                .query((rs, row) -> new Artefacts(rs.getString(1), rs.getString(2)))
                .optional();
    }
}
