package org.mixroom.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MixroomPropertiesTest {

    @Test
    void resolvesTheDataFolderAgainstTheWorkingDirectory() {
        MixroomProperties properties = new MixroomProperties(Path.of("./data"), "http://localhost:8080");

        assertThat(properties.dataDir()).isAbsolute().isEqualTo(Path.of("data").toAbsolutePath());
        assertThat(properties.audioDir()).isEqualTo(properties.dataDir().resolve("audio"));
    }

    @Test
    void rejectsAMissingDataFolder() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new MixroomProperties(null, "http://localhost:8080"))
                .withMessageContaining("mixroom.data-dir");
    }

    @Test
    void linksFromThePublicAddressWithOrWithoutATrailingSlash() {
        assertThat(new MixroomProperties(Path.of("."), "https://mix.example.org/studio/").link("/revisions/1"))
                .hasToString("https://mix.example.org/studio/revisions/1");
        assertThat(new MixroomProperties(Path.of("."), "https://mix.example.org").link("revisions/1"))
                .hasToString("https://mix.example.org/revisions/1");
    }

    @Test
    void rejectsAPublicAddressThatIsNoWebAddress() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new MixroomProperties(Path.of("."), "mix.example.org"))
                .withMessageContaining("mixroom.public-url");
    }
}
