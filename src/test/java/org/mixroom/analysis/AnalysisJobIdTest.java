package org.mixroom.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class AnalysisJobIdTest {

    @Test
    void oneJobIdPerRevisionAndEngineVersion() {
        UUID revision = UUID.randomUUID();

        assertThat(AnalysisJobs.jobId(revision)).isEqualTo(AnalysisJobs.jobId(UUID.fromString(revision.toString())));
        assertThat(AnalysisJobs.jobId(revision)).isNotEqualTo(AnalysisJobs.jobId(UUID.randomUUID()))
                .isNotEqualTo(revision);
    }
}
