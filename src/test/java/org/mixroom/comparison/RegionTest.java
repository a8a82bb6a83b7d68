package org.mixroom.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mixroom.shared.web.MixroomException;

class RegionTest {
    @Test
    void aRegionEndsAfterItStartsAndComesWithBothEnds() {
        assertThat(Region.of(null, null)).isNull();
        assertThat(Region.of(1.0, 2.5)).isEqualTo(new Region(1.0, 2.5));
        assertThatThrownBy(() -> Region.of(1.0, null)).isInstanceOf(MixroomException.class)
                .hasMessageContaining("both");
        assertThatThrownBy(() -> Region.of(2.0, 1.0)).isInstanceOf(MixroomException.class)
                .hasMessageContaining("ends after");
        assertThatThrownBy(() -> Region.of(-1.0, 1.0)).isInstanceOf(MixroomException.class)
                .hasMessageContaining("0 s");
    }
}
