package org.mixroom.revision;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Uploads, bound from {@code mixroom.upload.*}.
 *
 * @param maxSize the largest audio file accepted ({@code mixroom.upload.max-size}, default 2GB); it also
 *     sets the servlet's multipart limits
 */
@ConfigurationProperties("mixroom.upload")
public record UploadProperties(@DefaultValue("2GB") DataSize maxSize) {

    public UploadProperties {
        if (maxSize == null || maxSize.toBytes() <= 0) {
            throw new IllegalArgumentException("mixroom.upload.max-size must be positive, e.g. 2GB");
        }
    }
}
