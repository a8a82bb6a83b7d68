package org.mixroom.analysis;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The background analysis, bound from {@code mixroom.analysis.*}.
 *
 * @param threads how many revisions this node analyses at once (each analysis uses up to two cores itself):
 *     the worker count of its JobRunr background job server ({@code jobrunr.background-job-server.worker-count}
 *     is set from it in application.properties)
 */
@ConfigurationProperties("mixroom.analysis")
public record AnalysisProperties(@DefaultValue("2") int threads) {

    public AnalysisProperties {
        if (threads < 1 || threads > 64) {
            throw new IllegalArgumentException("mixroom.analysis.threads must lie in 1..64, got " + threads);
        }
    }
}
