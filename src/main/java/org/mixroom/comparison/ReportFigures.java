package org.mixroom.comparison;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The few figures comparisons need, read from a stored analysis report (docs/analyze.md).
 *
 * @param shortTermLufs the short-term loudness every 100 ms (null entries where undefined)
 */
record ReportFigures(Double integratedLufs, Double truePeakDbtp, Double[] shortTermLufs) {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static ReportFigures of(String reportJson) {
        JsonNode report = JSON.readTree(reportJson);
        JsonNode shortTerm = report.path("loudness").path("shortTermLufs");
        Double[] series = new Double[shortTerm.size()];
        for (int j = 0; j < series.length; j++) {
            series[j] = number(shortTerm.get(j));
        }
        return new ReportFigures(number(report.path("loudness").path("integratedLufs")),
                number(report.path("peaks").path("truePeakDbtp")), series);
    }

    /** The integrated loudness, or the loudness of the region when one is given. */
    Double loudness(Region region) {
        return region == null ? integratedLufs : RegionLoudness.of(shortTermLufs, region.startSeconds(),
                region.endSeconds());
    }

    private static Double number(JsonNode node) {
        return node.isNumber() ? node.asDouble() : null;
    }
}
