package org.mixroom.comparison;

/**
 * What a streaming platform's loudness normalisation does to a track (analysis-spec §6): the offset is the
 * platform's reference minus the track's integrated loudness; a platform that only turns down applies at
 * most 0 dB; one that also turns up caps a boost so the true peak stays at its ceiling; where the platform's
 * behaviour is unknown, only turning down is assumed. A limiter (Spotify Loud) holds the resulting peak at
 * its ceiling instead of capping the gain.
 */
public final class NormalizationPreview {
    /** Whether a platform turns loud tracks down only, or also turns quiet ones up. */
    public enum Direction { DOWN_ONLY, DOWN_AND_UP, UNKNOWN }

    /**
     * A platform's rule.
     *
     * @param ceilingDbtp the true-peak ceiling a boost keeps to (null: boosts are not capped)
     * @param limiter     whether the platform limits peaks to the ceiling after its gain
     */
    public record Rule(double referenceLufs, Direction direction, Double ceilingDbtp, boolean limiter) {
    }

    /** The gain applied (dB) and the resulting true peak (dBTP); both null when loudness is undefined. */
    public record Result(Double gainDb, Double resultingTruePeakDbtp) {
    }

    private NormalizationPreview() {
    }

    public static Result of(Rule rule, Double integratedLufs, Double truePeakDbtp) {
        if (integratedLufs == null) {
            return new Result(null, null);
        }
        double offset = rule.referenceLufs() - integratedLufs;
        double gain = switch (rule.direction()) {
            case DOWN_ONLY, UNKNOWN -> Math.min(0, offset);
            case DOWN_AND_UP -> offset <= 0 || rule.limiter() ? offset : boostWithinCeiling(rule, offset, truePeakDbtp);
        };
        if (truePeakDbtp == null) {
            return new Result(gain, null);
        }
        double peak = truePeakDbtp + gain;
        if (rule.limiter() && rule.ceilingDbtp() != null) {
            peak = Math.min(peak, rule.ceilingDbtp());
        }
        return new Result(gain, peak);
    }

    private static double boostWithinCeiling(Rule rule, double offset, Double truePeakDbtp) {
        if (rule.ceilingDbtp() == null || truePeakDbtp == null) {
            return offset;
        }
        return Math.max(0, Math.min(offset, rule.ceilingDbtp() - truePeakDbtp));
    }
}
