package org.mixroom.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.mixroom.comparison.NormalizationPreview.Direction;
import org.mixroom.shared.web.MixroomException;

class StreamingPresetEditTest {
    @Test
    void keepsTrimmedValuesThatMakeSense() {
        StreamingPresetEdit edit = new StreamingPresetEdit("  Deezer ", -15, Direction.DOWN_ONLY, null, false,
                " Deezer support ", LocalDate.of(2026, 11, 1));
        assertThat(edit.platform()).isEqualTo("Deezer");
        assertThat(edit.source()).isEqualTo("Deezer support");
    }

    @Test
    void refusesEachBadFieldByName() {
        assertRefused(() -> new StreamingPresetEdit(" ", -14, Direction.UNKNOWN, -1.0, false, "s", null), "platform");
        assertRefused(() -> new StreamingPresetEdit("P", -14, Direction.UNKNOWN, -1.0, false, "", null), "source");
        assertRefused(() -> new StreamingPresetEdit("P", 3, Direction.UNKNOWN, -1.0, false, "s", null), "reference");
        assertRefused(() -> new StreamingPresetEdit("P", Double.NaN, Direction.UNKNOWN, -1.0, false, "s", null),
                "reference");
        assertRefused(() -> new StreamingPresetEdit("P", -14, null, -1.0, false, "s", null), "direction");
        assertRefused(() -> new StreamingPresetEdit("P", -14, Direction.UNKNOWN, 2.0, false, "s", null), "ceiling");
        assertRefused(() -> new StreamingPresetEdit("P", -14, Direction.DOWN_AND_UP, null, true, "s", null),
                "limiter");
    }

    private static void assertRefused(Runnable action, String messagePart) {
        assertThatThrownBy(action::run).isInstanceOf(MixroomException.class)
                .hasMessageContaining(messagePart);
    }
}
