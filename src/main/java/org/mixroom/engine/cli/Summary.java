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
        line(s, "Integrated", "%s LUFS", one(l.integratedLufs()));
        line(s, "Loudness range", "%s LU (%s to %s LUFS)", one(l.loudnessRangeLu()), one(l.lraLowLufs()),
                one(l.lraHighLufs()));
        line(s, "Max momentary", "%s LUFS", one(l.maxMomentaryLufs()));
        line(s, "Max short-term", "%s LUFS", one(l.maxShortTermLufs()));
        line(s, "True peak", "%s dBTP", one(r.truePeakDbtp()));
        line(s, "Sample peak", "%s dBFS", one(r.samplePeakDbfs()));
        line(s, "PLR / PSR", "%s / %s dB", one(r.plrDb()), one(r.psrDb()));
        line(s, "RMS / crest", "%s dBFS / %s dB", one(r.rmsDbfs()), one(r.crestFactorDb()));
        Integer dr = r.dynamicRange().score();
        line(s, "DR", "%s", dr == null ? "-" : "DR" + dr);
        line(s, "Clipped runs", "%d", r.levels().clippedSampleRuns());
        StereoResult st = r.stereo();
        if (st != null) {
            line(s, "Correlation", "%s", st.correlation() != st.correlation() ? "-"
                    : String.format(Locale.ROOT, "%.2f", st.correlation()));
            line(s, "Side/mid, balance", "%s dB, %s dB", one(st.sideToMidDb()), one(st.balanceDb()));
        }
        return s.toString();
    }

    private static void line(StringBuilder s, String label, String format, Object... values) {
        s.append(String.format(Locale.ROOT, "%-20s", label + ":")).append(String.format(Locale.ROOT, format, values))
                .append('\n');
    }

    private static String one(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String duration(double seconds) {
        long millis = Math.round(seconds * 1000);
        return String.format(Locale.ROOT, "%d:%02d.%03d", millis / 60_000, millis / 1000 % 60, millis % 1000);
    }
}
