package org.mixroom.comparison;

import java.time.LocalDate;

/**
 * What one platform would do to a revision.
 *
 * @param gainDb                the platform's gain (dB); null when the revision has no loudness
 * @param resultingTruePeakDbtp the true peak after that gain; null likewise
 * @param checkedOn             when the preset was last checked against the platform's documentation; null if never
 */
public record NormalizationEntry(String platform, double referenceLufs, Double gainDb, Double resultingTruePeakDbtp,
                                 String source, LocalDate checkedOn) {
}
