package org.mixroom.shared;

import java.net.URI;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings shared by every module, bound from {@code mixroom.*}.
 *
 * @param dataDir the folder that holds every file Mixroom writes: the embedded database, the
 *     audio store and caches ({@code mixroom.data-dir}, environment {@code MIXROOM_DATA_DIR})
 * @param publicUrl the address people open Mixroom at, for links that leave the application, such as in
 *     mail ({@code mixroom.public-url}); kept without a trailing slash
 */
@ConfigurationProperties("mixroom")
public record MixroomProperties(@DefaultValue("./data") Path dataDir,
                                @DefaultValue("http://localhost:8080") String publicUrl) {

    public MixroomProperties {
        if (dataDir == null) {
            throw new IllegalArgumentException("mixroom.data-dir must be set");
        }
        dataDir = dataDir.toAbsolutePath().normalize();
        publicUrl = publicUrl == null ? "" : publicUrl.strip().replaceAll("/+$", "");
        if (!publicUrl.matches("https?://[^/\\s]+(/\\S*)?")) {
            throw new IllegalArgumentException("mixroom.public-url must be an http:// or https:// address, such as "
                    + "https://mixroom.example.org");
        }
    }

    /** Where the local-disk store keeps uploaded audio. */
    public Path audioDir() {
        return dataDir.resolve("audio");
    }

    /** The absolute address of a path inside Mixroom, such as {@code /revisions/…}. */
    public URI link(String path) {
        return URI.create(publicUrl + (path.startsWith("/") ? path : "/" + path));
    }
}
