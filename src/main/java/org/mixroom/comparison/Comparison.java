package org.mixroom.comparison;

/**
 * A loudness-matched pair of revisions.
 *
 * @param alignmentSeconds how much later B's material starts than A's
 * @param alignmentConfidence how alike the two are at that offset, 0 to 1
 */
public record Comparison(Side a, Side b, double alignmentSeconds, double alignmentConfidence) {
    /**
     * One side.
     *
     * @param integratedLufs null for silence
     * @param gainDb         what playback applies to this side (0 or negative)
     */
    public record Side(Double integratedLufs, double gainDb) {
    }
}
