package org.mixroom.comparison;

/**
 * Loudness matching for A/B: the louder side is turned down by the difference, the quieter side stays as it
 * is, so nothing is ever boosted into clipping. Without a loudness for both sides (silence, a file too short)
 * both play unchanged.
 *
 * @param gainADb what playback applies to A (0 or negative)
 * @param gainBDb what playback applies to B (0 or negative)
 */
public record LoudnessMatch(double gainADb, double gainBDb) {
    public static final LoudnessMatch UNCHANGED = new LoudnessMatch(0, 0);

    /** @param loudnessA integrated (or region) loudness of A in LUFS, null if undefined; likewise B */
    public static LoudnessMatch of(Double loudnessA, Double loudnessB) {
        if (loudnessA == null || loudnessB == null) {
            return UNCHANGED;
        }
        double quieter = Math.min(loudnessA, loudnessB);
        return new LoudnessMatch(quieter - loudnessA, quieter - loudnessB);
    }

    /** The shown offset: the gain of the side that is turned down, e.g. −3.00 for "B −3.00 dB". */
    public double offsetDb() {
        return Math.min(gainADb, gainBDb);
    }

    /** Which side the offset applies to: 'A', 'B', or none when both play as they are. */
    public String attenuatedSide() {
        return gainADb < 0 ? "A" : gainBDb < 0 ? "B" : "";
    }
}
