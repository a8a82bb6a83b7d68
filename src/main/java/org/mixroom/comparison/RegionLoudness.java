package org.mixroom.comparison;

/**
 * The loudness of a region from the stored short-term series (one value per 100 ms, the 3 s window
 * ending there): the power mean of the values whose windows end inside the region, in LUFS.
 */
public final class RegionLoudness {
    /** The series' step: one short-term value every 100 ms. */
    public static final double STEP_SECONDS = 0.1;

    private RegionLoudness() {
    }

    /**
     * @param shortTermLufs the series, null entries for incomplete or silent windows
     * @return the loudness of [startSeconds, endSeconds], or null when no defined value lies inside
     */
    public static Double of(Double[] shortTermLufs, double startSeconds, double endSeconds) {
        if (endSeconds < startSeconds) {
            throw new IllegalArgumentException("a region ends after it starts: " + startSeconds + " to " + endSeconds);
        }
        double power = 0;
        int count = 0;
        for (int j = 0; j < shortTermLufs.length; j++) {
            double windowEnd = (j + 1) * STEP_SECONDS;
            if (shortTermLufs[j] != null && windowEnd >= startSeconds - 1e-9 && windowEnd <= endSeconds + 1e-9) {
                power += Math.pow(10, shortTermLufs[j] / 10);
                count++;
            }
        }
        return count == 0 ? null : 10 * Math.log10(power / count);
    }
}
