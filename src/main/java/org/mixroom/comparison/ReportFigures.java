package org.mixroom.comparison;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The few figures comparisons need, read from a stored analysis report (docs/analyze.md). */
record ReportFigures(Double integratedLufs, Double truePeakDbtp) {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static ReportFigures of(String reportJson) {
        JsonNode report = JSON.readTree(reportJson);
        return new ReportFigures(number(report.path("loudness").path("integratedLufs")),
                number(report.path("peaks").path("truePeakDbtp")));
    }

    private static Double number(JsonNode node) {
        return node.isNumber() ? node.asDouble() : null;
    }
}
