package org.mixroom.comparison;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.mixroom.analysis.DeliveryChecks;
import org.mixroom.analysis.ReportMeasures;

/**
 * Flags the tracks that stand out from the rest of the album (analysis-spec §5 album): integrated loudness more
 * than {@value #LOUDNESS_OUTLIER_LU} LU from the album median, a spectral tilt more than
 * {@value #TILT_OUTLIER_DB_PER_OCTAVE} dB/octave from the median tilt (half the spec's 1.5 dB/octave spread), and
 * a sample rate or bit depth other than the album's most common one; plus each track's delivery warnings.
 */
public final class AlbumConsistency {
    static final double LOUDNESS_OUTLIER_LU = 2.0;
    static final double TILT_OUTLIER_DB_PER_OCTAVE = 0.75;
    static final double LOUDNESS_SPREAD_MAX_LU = 4.0;

    private AlbumConsistency() {
    }

    /** The tracks, in the order given, with their flags and warnings filled in. */
    public static List<AlbumTrack> check(List<AlbumTrack> tracks) {
        List<ReportMeasures> analysed = tracks.stream().map(AlbumTrack::measures).filter(Objects::nonNull).toList();
        Double loudnessMedian = median(analysed, ReportMeasures::integratedLufs);
        Double tiltMedian = median(analysed, ReportMeasures::spectralTilt);
        List<Integer> rates = byFrequency(analysed, ReportMeasures::sampleRate);
        List<Integer> depths = byFrequency(analysed, ReportMeasures::bitDepth);
        List<AlbumTrack> checked = new ArrayList<>();
        for (AlbumTrack track : tracks) {
            ReportMeasures m = track.measures();
            if (m == null) {
                checked.add(track.withFindings(List.of(track.revisionId() == null ? "No revision yet."
                        : "Not analysed yet: left out of the album figures."), List.of()));
                continue;
            }
            List<String> flags = new ArrayList<>();
            if (analysed.size() > 1) {
                loudnessFlag(m.integratedLufs(), loudnessMedian, flags);
                tiltFlag(m.spectralTilt(), tiltMedian, flags);
                formatFlag("sample rate", m.sampleRate(), rates, AlbumConsistency::kilohertz, flags);
                formatFlag("bit depth", m.bitDepth(), depths, bits -> bits + "-bit", flags);
            }
            checked.add(track.withFindings(flags, DeliveryChecks.warnings(m)));
        }
        return checked;
    }

    /** Album-wide notes: the loudness spread when it exceeds {@value #LOUDNESS_SPREAD_MAX_LU} LU. */
    public static List<String> albumNotes(List<AlbumTrack> tracks) {
        List<Double> loudness = tracks.stream().map(AlbumTrack::measures).filter(Objects::nonNull)
                .map(ReportMeasures::integratedLufs).filter(Objects::nonNull).toList();
        if (loudness.size() < 2) {
            return List.of();
        }
        double spread = loudness.stream().mapToDouble(d -> d).max().orElseThrow()
                - loudness.stream().mapToDouble(d -> d).min().orElseThrow();
        return spread > LOUDNESS_SPREAD_MAX_LU
                ? List.of(String.format(Locale.ROOT, "The integrated loudness spans %.1f LU across the album "
                        + "(more than %.0f LU).", spread, LOUDNESS_SPREAD_MAX_LU))
                : List.of();
    }

    private static void loudnessFlag(Double value, Double median, List<String> flags) {
        if (value == null || median == null || Math.abs(value - median) <= LOUDNESS_OUTLIER_LU) {
            return;
        }
        flags.add(String.format(Locale.ROOT, "Loudness outlier: %.1f LU %s than the album median (%.1f LUFS).",
                Math.abs(value - median), value > median ? "louder" : "quieter", median));
    }

    private static void tiltFlag(Double value, Double median, List<String> flags) {
        if (value == null || median == null || Math.abs(value - median) <= TILT_OUTLIER_DB_PER_OCTAVE) {
            return;
        }
        flags.add(String.format(Locale.ROOT, "Tonal balance outlier: %s than the album (tilt %.2f dB/oct against "
                + "the median %.2f dB/oct).", value > median ? "brighter" : "darker", value, median));
    }

    /**
     * @param values the album's values, most common first, tied values in album order: the first is the one the
     *               others are measured against
     */
    private static void formatFlag(String what, Integer value, List<Integer> values, Function<Integer, String> format,
            List<String> flags) {
        if (value == null || values.size() < 2 || value.equals(values.getFirst())) {
            return;
        }
        flags.add("Mixed " + what + "s: " + format.apply(value) + " against the album's "
                + format.apply(values.getFirst()) + " (it has "
                + String.join(", ", values.stream().map(format).toList()) + ").");
    }

    private static String kilohertz(int hz) {
        return String.format(Locale.ROOT, "%s kHz", hz % 1000 == 0 ? String.valueOf(hz / 1000)
                : String.valueOf(hz / 1000.0));
    }

    static Double median(Collection<ReportMeasures> measures, Function<ReportMeasures, Double> value) {
        double[] sorted = measures.stream().map(value).filter(Objects::nonNull).mapToDouble(d -> d).sorted()
                .toArray();
        if (sorted.length == 0) {
            return null;
        }
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /** The distinct values, the most common first; ties keep album order. */
    static List<Integer> byFrequency(Collection<ReportMeasures> measures, Function<ReportMeasures, Integer> value) {
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        for (ReportMeasures m : measures) {
            Integer v = value.apply(m);
            if (v != null) {
                counts.merge(v, 1, Integer::sum);
            }
        }
        List<Integer> values = new ArrayList<>(counts.keySet());
        values.sort((x, y) -> counts.get(y) - counts.get(x)); // stable: ties stay in album order
        return values;
    }
}
