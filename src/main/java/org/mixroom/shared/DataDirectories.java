package org.mixroom.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Creates Mixroom's folders under {@code mixroom.data-dir} as the application starts. */
@Component
class DataDirectories {

    private static final Logger log = LoggerFactory.getLogger(DataDirectories.class);

    DataDirectories(MixroomProperties properties) {
        try {
            Files.createDirectories(properties.audioDir());
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot create " + properties.audioDir() + "; set mixroom.data-dir to a writable folder", e);
        }
        log.info("Data folder: {}", properties.dataDir());
    }
}
