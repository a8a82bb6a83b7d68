package org.mixroom.comparison;

import java.time.LocalDate;
import org.mixroom.shared.web.MixroomException;

/**
 * New values for a streaming preset, checked on construction so that every refusal names the field.
 *
 * @param ceilingDbtp null when the platform does not cap boosts
 * @param checkedOn   null when not yet checked against the platform's documentation
 */
public record StreamingPresetEdit(String platform, double referenceLufs, NormalizationPreview.Direction direction,
                                  Double ceilingDbtp, boolean limiter, String source, LocalDate checkedOn) {
    static final int MAX_PLATFORM_LENGTH = 80;
    static final int MAX_SOURCE_LENGTH = 200;

    public StreamingPresetEdit {
        platform = text(platform, "The platform", MAX_PLATFORM_LENGTH);
        source = text(source, "The source", MAX_SOURCE_LENGTH);
        if (!(referenceLufs >= -40 && referenceLufs <= 0)) {
            throw MixroomException.invalid("The reference level must lie between −40 and 0 LUFS.");
        }
        if (direction == null) {
            throw MixroomException.invalid("The direction must be one of DOWN_ONLY, DOWN_AND_UP or UNKNOWN.");
        }
        if (ceilingDbtp != null && !(ceilingDbtp >= -20 && ceilingDbtp <= 0)) {
            throw MixroomException.invalid("The true-peak ceiling must lie between −20 and 0 dBTP, or be empty.");
        }
        if (limiter && ceilingDbtp == null) {
            throw MixroomException.invalid("A platform with a limiter needs the ceiling it limits to.");
        }
    }

    private static String text(String value, String what, int maxLength) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty() || trimmed.length() > maxLength) {
            throw MixroomException.invalid(what + " must have 1 to " + maxLength + " characters.");
        }
        return trimmed;
    }
}
