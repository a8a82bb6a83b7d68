package org.mixroom.shared;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings shared by every module, bound from {@code mixroom.*}.
 *
 * @param dataDir the folder that holds every file Mixroom writes: the embedded database, the
 *     audio store and caches ({@code mixroom.data-dir}, environment {@code MIXROOM_DATA_DIR})
 */
@ConfigurationProperties("mixroom")
public record MixroomProperties(@DefaultValue("./data") Path dataDir) {

    public MixroomProperties {
        if (dataDir == null) {
            throw new IllegalArgumentException("mixroom.data-dir must be set");
        }
        dataDir = dataDir.toAbsolutePath().normalize();
    }

    /** Where the local-disk store keeps uploaded audio. */
    public Path audioDir() {
        return dataDir.resolve("audio");
    }
}
