package org.mixroom.analysis;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The single numbers of a stored report (analysis-spec §4) that views compare, read once from its JSON, plus
 * the {@linkplain SpectralTilt spectral tilt} derived from the third-octave bands. Null where the report has
 * none (silence, mono files for the stereo figures, lossy files for the bit depth).
 */
public record ReportMeasures(Integer sampleRate, Integer bitDepth, Double integratedLufs, Double loudnessRangeLu,
                             Double maxMomentaryLufs, Double maxShortTermLufs, Double truePeakDbtp,
                             Double samplePeakDbfs, Double plrDb, Double psrDb, Double crestFactorDb,
                             Double drScore, Double clippedSampleRuns, Double correlation, Double sideToMidDb,
                             double[] thirdOctaveCentersHz, Double[] thirdOctaveLevelsDb, Double spectralTilt) {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static ReportMeasures of(String reportJson) {
        JsonNode r = JSON.readTree(reportJson);
        JsonNode spectrum = r.path("spectrum");
        JsonNode centres = spectrum.path("thirdOctaveCentersHz");
        JsonNode levels = spectrum.path("thirdOctaveLevelsDb");
        double[] hz = new double[centres.size()];
        Double[] db = new Double[centres.size()];
        for (int i = 0; i < hz.length; i++) {
            hz[i] = centres.get(i).asDouble();
            db[i] = number(levels.path(i));
        }
        JsonNode file = r.path("file");
        JsonNode loudness = r.path("loudness");
        JsonNode peaks = r.path("peaks");
        JsonNode dynamics = r.path("dynamics");
        JsonNode stereo = r.path("stereo");
        return new ReportMeasures(integer(file.path("sampleRate")), integer(file.path("bitDepth")),
                number(loudness.path("integratedLufs")), number(loudness.path("loudnessRangeLu")),
                number(loudness.path("maxMomentaryLufs")), number(loudness.path("maxShortTermLufs")),
                number(peaks.path("truePeakDbtp")), number(peaks.path("samplePeakDbfs")),
                number(dynamics.path("plrDb")), number(dynamics.path("psrDb")),
                number(dynamics.path("crestFactorDb")), number(dynamics.path("drScore")),
                number(dynamics.path("clippedSampleRuns")), number(stereo.path("correlation")),
                number(stereo.path("sideToMidDb")), hz, db, SpectralTilt.of(hz, db));
    }

    private static Double number(JsonNode node) {
        return node.isNumber() ? node.asDouble() : null;
    }

    private static Integer integer(JsonNode node) {
        return node.isNumber() ? node.asInt() : null;
    }
}
