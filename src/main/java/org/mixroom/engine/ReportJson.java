package org.mixroom.engine;

import java.util.Arrays;
import org.mixroom.engine.spectrum.SpectrumResult;
import org.mixroom.engine.stereo.StereoResult;
import org.mixroom.engine.stereo.StereoWidth;

/**
 * The report as the JSON of analysis-spec §4: keys in the specified order, doubles at full precision
 * (Java's shortest round-trip form), NaN as null. Written by hand rather than with a JSON library: the
 * layout is fixed, and the analyze command starts faster without one.
 */
public final class ReportJson {
    private final StringBuilder out = new StringBuilder(64 * 1024);

    private ReportJson() {
    }

    public static String write(AnalysisReport report) {
        return new ReportJson().report(report).out.toString();
    }

    private ReportJson report(AnalysisReport r) {
        FileInfo f = r.file();
        out.append("{\n \"file\": {");
        key("name").string(f.name()).comma().key("sha256").string(f.sha256()).comma()
                .key("container").string(f.container()).comma()
                .key("sampleFormat").string(f.sampleFormat().jsonName()).comma()
                .key("sampleRate").integer(f.sampleRate()).comma().key("channels").integer(f.channels()).comma()
                .key("bitDepth").integer(f.bitDepth()).comma().key("frames").integer(f.frames()).comma()
                .key("durationSeconds").number(f.durationSeconds());
        out.append("},\n \"loudness\": {");
        var l = r.loudness();
        key("integratedLufs").number(l.integratedLufs()).comma()
                .key("loudnessRangeLu").number(l.loudnessRangeLu()).comma()
                .key("lraLowLufs").number(l.lraLowLufs()).comma().key("lraHighLufs").number(l.lraHighLufs()).comma()
                .key("maxMomentaryLufs").number(l.maxMomentaryLufs()).comma()
                .key("maxShortTermLufs").number(l.maxShortTermLufs()).comma()
                .key("momentaryLufs").numbers(l.momentaryLufs()).comma()
                .key("shortTermLufs").numbers(l.shortTermLufs());
        out.append("},\n \"peaks\": {");
        key("samplePeakDbfs").number(r.samplePeakDbfs()).comma().key("truePeakDbtp").number(r.truePeakDbtp()).comma()
                .key("samplePeakDbfsPerChannel").numbers(amplitudeDb(r.peaks().samplePeakPerChannel())).comma()
                .key("truePeakDbtpPerChannel").numbers(amplitudeDb(r.peaks().truePeakPerChannel()));
        out.append("},\n \"dynamics\": {");
        key("plrDb").number(r.plrDb()).comma().key("psrDb").number(r.psrDb()).comma()
                .key("crestFactorDb").number(r.crestFactorDb()).comma().key("rmsDbfs").number(r.rmsDbfs()).comma()
                .key("drScore").integer(r.dynamicRange().score()).comma()
                .key("clippedSampleRuns").integer(r.levels().clippedSampleRuns()).comma()
                .key("dcOffset").numbers(r.levels().dcOffsetPerChannel());
        out.append("},\n \"stereo\": ");
        stereo(r.stereo(), r.stereoWidth());
        out.append(",\n \"spectrum\": {");
        SpectrumResult s = r.spectrum();
        key("thirdOctaveCentersHz").numbers(s.thirdOctaveCentersHz()).comma()
                .key("thirdOctaveLevelsDb").numbers(s.thirdOctaveLevelsDb()).comma()
                .key("longTermFrequenciesHz").numbers(s.longTermFrequenciesHz()).comma()
                .key("longTermLevelsDb").numbers(s.longTermLevelsDb());
        out.append("},\n \"timing\": {");
        key("analysisMillis").integer(r.analysisMillis());
        out.append("}\n}\n");
        return this;
    }

    private void stereo(StereoResult stereo, StereoWidth width) {
        if (stereo == null) {
            out.append("null");
            return;
        }
        out.append('{');
        key("correlation").number(stereo.correlation()).comma().key("sideToMidDb").number(stereo.sideToMidDb())
                .comma().key("balanceDb").number(stereo.balanceDb()).comma()
                .key("correlationSeries").numbers(stereo.correlationSeries()).comma()
                .key("sideToMidPerBandDb").numbers(width.sideToMidDb());
        out.append('}');
    }

    private static double[] amplitudeDb(double[] linear) {
        return Arrays.stream(linear).map(Decibels::ofAmplitude).toArray();
    }

    private ReportJson key(String name) {
        out.append('"').append(name).append("\": ");
        return this;
    }

    private ReportJson comma() {
        out.append(", ");
        return this;
    }

    private ReportJson string(String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        out.append(String.format("\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        out.append('"');
        return this;
    }

    private ReportJson integer(Number value) {
        out.append(value == null ? "null" : value.toString());
        return this;
    }

    private ReportJson number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            out.append("null");
        } else {
            out.append(value);
        }
        return this;
    }

    private ReportJson numbers(double[] values) {
        out.append('[');
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(", ");
            }
            number(values[i]);
        }
        out.append(']');
        return this;
    }
}
