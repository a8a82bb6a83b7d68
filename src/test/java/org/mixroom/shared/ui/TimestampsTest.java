package org.mixroom.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TimestampsTest {

    @Test
    void writesMinutesSecondsAndMilliseconds() {
        assertThat(Timestamps.format(0)).isEqualTo("0:00.000");
        assertThat(Timestamps.format(62.5)).isEqualTo("1:02.500");
        assertThat(Timestamps.format(3723.0456)).isEqualTo("1:02:03.046");
        assertThat(Timestamps.format(1, 2.25)).isEqualTo("0:01.000–0:02.250");
    }

    @Test
    void readsWhatItWritesAndPlainSeconds() {
        assertThat(Timestamps.parse("1:02.500", "Start")).isEqualTo(62.5);
        assertThat(Timestamps.parse("1:02:03.046", "Start")).isEqualTo(3723.046, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Timestamps.parse(" 12,5 ", "Start")).isEqualTo(12.5);
        assertThat(Timestamps.parse("", "Start")).isNull();
    }

    @Test
    void refusesOtherTextInPlainWords() {
        assertThatThrownBy(() -> Timestamps.parse("soon", "The start"))
                .hasMessage("The start must be a time such as 1:23.456.");
    }
}
