package org.mixroom.comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.mixroom.analysis.DeliveryChecks;
import org.mixroom.analysis.ReportMeasures;
import org.mixroom.analysis.ThirdOctaveLabels;

/**
 * The measures of revision A against revision B, with the changes a mastering engineer acts on marked: loudness
 * moving by {@value #LOUDNESS_LU} LU or more, the true peak crossing −1 dBTP, a third-octave band moving by more
 * than {@value #BAND_DB} dB, and the thresholds below for the other measures.
 */
public final class RevisionDiff {
    static final double LOUDNESS_LU = 0.5;
    static final double BAND_DB = 1.0;

    private record Rule(String measure, String unit, Function<ReportMeasures, Double> value, double threshold) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule("Integrated loudness", "LUFS", ReportMeasures::integratedLufs, LOUDNESS_LU),
            new Rule("Loudness range (LRA)", "LU", ReportMeasures::loudnessRangeLu, LOUDNESS_LU),
            new Rule("Max. momentary loudness", "LUFS", ReportMeasures::maxMomentaryLufs, LOUDNESS_LU),
            new Rule("Max. short-term loudness", "LUFS", ReportMeasures::maxShortTermLufs, LOUDNESS_LU),
            new Rule("PLR", "dB", ReportMeasures::plrDb, LOUDNESS_LU),
            new Rule("PSR", "dB", ReportMeasures::psrDb, LOUDNESS_LU),
            new Rule("Crest factor", "dB", ReportMeasures::crestFactorDb, LOUDNESS_LU),
            new Rule("DR", "", ReportMeasures::drScore, 1),
            new Rule("Stereo correlation", "", ReportMeasures::correlation, 0.1),
            new Rule("Side-to-mid", "dB", ReportMeasures::sideToMidDb, 1),
            new Rule("Spectral tilt", "dB/oct", ReportMeasures::spectralTilt, 0.5));

    private RevisionDiff() {
    }

    public static List<DiffRow> rows(ReportMeasures a, ReportMeasures b) {
        List<DiffRow> rows = new ArrayList<>();
        rows.add(truePeak(a.truePeakDbtp(), b.truePeakDbtp()));
        for (Rule rule : RULES) {
            rows.add(byThreshold(rule.measure(), rule.unit(), rule.value().apply(a), rule.value().apply(b),
                    rule.threshold(), true));
        }
        int bands = Math.min(a.thirdOctaveLevelsDb().length, b.thirdOctaveLevelsDb().length);
        for (int i = 0; i < bands; i++) {
            rows.add(byThreshold("Band " + ThirdOctaveLabels.of(a.thirdOctaveCentersHz()[i]), "dB",
                    a.thirdOctaveLevelsDb()[i], b.thirdOctaveLevelsDb()[i], BAND_DB, false));
        }
        return rows;
    }

    private static DiffRow truePeak(Double a, Double b) {
        Double change = change(a, b);
        String why = null;
        if (change != null && (a > DeliveryChecks.TRUE_PEAK_MAX_DBTP) != (b > DeliveryChecks.TRUE_PEAK_MAX_DBTP)) {
            why = b > DeliveryChecks.TRUE_PEAK_MAX_DBTP ? "B's true peak is now above the −1 dBTP delivery limit"
                    : "B's true peak is now within the −1 dBTP delivery limit";
        }
        return new DiffRow("True peak", "dBTP", a, b, change, why);
    }

    /** @param inclusive whether a change of exactly the threshold counts (±0.5 LU does; a band must move more) */
    private static DiffRow byThreshold(String measure, String unit, Double a, Double b, double threshold,
            boolean inclusive) {
        Double change = change(a, b);
        String why = null;
        // a hair of slack so that a change printed as 0.50 counts as 0.5
        double size = change == null ? 0 : Math.abs(change);
        if (change != null && (inclusive ? size >= threshold - 1e-9 : size > threshold)) {
            why = String.format(Locale.ROOT, "%s by %s%s", change > 0 ? "Up" : "Down", trim(size),
                    unit.isEmpty() ? "" : " " + (unit.equals("LUFS") ? "LU" : unit));
        }
        return new DiffRow(measure, unit, a, b, change, why);
    }

    private static Double change(Double a, Double b) {
        return a == null || b == null ? null : b - a;
    }

    private static String trim(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
