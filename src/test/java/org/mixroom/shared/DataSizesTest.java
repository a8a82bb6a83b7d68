package org.mixroom.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DataSizesTest {

    @Test
    void writesSizesInWords() {
        assertThat(DataSizes.human(512)).isEqualTo("512 bytes");
        assertThat(DataSizes.human(4L << 20)).isEqualTo("4 MB");
        assertThat(DataSizes.human(2L << 30)).isEqualTo("2 GB");
        assertThat(DataSizes.human(3_250_586)).isEqualTo("3.1 MB");
    }
}
