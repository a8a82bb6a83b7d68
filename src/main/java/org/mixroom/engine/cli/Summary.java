package org.mixroom.engine.cli;

import java.util.Locale;
import org.mixroom.engine.AnalysisReport;
import org.mixroom.engine.FileInfo;
import org.mixroom.engine.stereo.StereoResult;

/** The readable one-decimal summary the analyze command prints without --json. */
final class Summary {
    private Summary() {
    }

    static String of(AnalysisReport r) {
        FileInfo f = r.file();
        StringBuilder s = new StringBuilder();
        s.append(f.name()).append('\n');
        line(s, "Format", "%s %s, %d Hz, %d ch, %s", f.container(), f.sampleFormat().jsonName(), f.sampleRate(),
                f.channels(), duration(f.durationSeconds()));
        line(s, "SHA-256", "%s", f.sha256());
        var l = r.loudness();
        line(s, "Integrated", "%s", one(l.integratedLufs(), "LUFS"));
        line(s, "Loudness range", "%s (%s to %s)", one(l.loudnessRangeLu(), "LU"), one(l.lraLowLufs(), "LUFS"),
                one(l.lraHighLufs(), "LUFS"));
        line(s, "Max momentary", "%s", one(l.maxMomentaryLufs(), "LUFS"));
        line(s, "Max short-term", "%s", one(l.maxShortTermLufs(), "LUFS"));
        line(s, "True peak", "%s", one(r.truePeakDbtp(), "dBTP"));
        line(s, "Sample peak", "%s", one(r.samplePeakDbfs(), "dBFS"));
        line(s, "PLR / PSR", "%s / %s", one(r.plrDb(), "dB"), one(r.psrDb(), "dB"));
        line(s, "RMS / crest", "%s / %s", one(r.rmsDbfs(), "dBFS"), one(r.crestFactorDb(), "dB"));
        Integer dr = r.dynamicRange().score();
        line(s, "DR", "%s", dr == null ? "-" : "DR" + dr);
        line(s, "Clipped runs", "%d", r.levels().clippedSampleRuns());
        StereoResult st = r.stereo();
        if (st != null) {
            line(s, "Correlation", "%s", st.correlation() != st.correlation() ? "-"
                    : String.format(Locale.ROOT, "%.2f", st.correlation()));
            line(s, "Side/mid, balance", "%s, %s", one(st.sideToMidDb(), "dB"), one(st.balanceDb(), "dB"));
        }
        return s.toString();
    }

    private static void line(StringBuilder s, String label, String format, Object... values) {
        s.append(String.format(Locale.ROOT, "%-20s", label + ":")).append(String.format(Locale.ROOT, format, values))
                .append('\n');
    }

    /** One decimal and the unit; a dash for an undefined value. */
    private static String one(double value, String unit) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.1f %s", value, unit);
    }

    private static String duration(double seconds) {
        long millis = Math.round(seconds * 1000);
        return String.format(Locale.ROOT, "%d:%02d.%03d", millis / 60_000, millis / 1000 % 60, millis % 1000);
    }
}
