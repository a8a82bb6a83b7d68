package org.mixroom.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MixroomPropertiesTest {

    @Test
    void resolvesTheDataFolderAgainstTheWorkingDirectory() {
        MixroomProperties properties = new MixroomProperties(Path.of("./data"));

        assertThat(properties.dataDir()).isAbsolute().isEqualTo(Path.of("data").toAbsolutePath());
        assertThat(properties.audioDir()).isEqualTo(properties.dataDir().resolve("audio"));
    }

    @Test
    void rejectsAMissingDataFolder() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new MixroomProperties(null))
                .withMessageContaining("mixroom.data-dir");
    }
}
