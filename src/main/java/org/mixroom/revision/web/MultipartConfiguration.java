package org.mixroom.revision.web;

import jakarta.servlet.MultipartConfigElement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mixroom.revision.UploadProperties;
import org.mixroom.shared.MixroomProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The servlet container's multipart limits, from {@code mixroom.upload.max-size}: the file part may be that
 * large, the whole request a mebibyte more (for the note and the part headers). Parts go straight to
 * disk under {@code ${mixroom.data-dir}/tmp/multipart}, never into memory; the container deletes them
 * when the request ends.
 */
@Configuration
class MultipartConfiguration {

    private static final long REQUEST_OVERHEAD = 1 << 20;

    @Bean
    MultipartConfigElement multipartConfigElement(UploadProperties upload, MixroomProperties mixroom)
            throws IOException {
        Path location = mixroom.dataDir().resolve("tmp").resolve("multipart");
        Files.createDirectories(location);
        long max = upload.maxSize().toBytes();
        return new MultipartConfigElement(location.toString(), max, max + REQUEST_OVERHEAD, 0);
    }
}
