package org.mixroom.comparison;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A streaming platform's normalisation preset as stored.
 *
 * @param ceilingDbtp the true-peak ceiling a boost keeps to; null when boosts are not capped
 * @param checkedOn   when the preset was last checked against the platform's documentation; null if never
 */
public record StreamingPresetView(UUID id, int position, String platform, double referenceLufs,
                                  NormalizationPreview.Direction direction, Double ceilingDbtp, boolean limiter,
                                  String source, LocalDate checkedOn) {
}
