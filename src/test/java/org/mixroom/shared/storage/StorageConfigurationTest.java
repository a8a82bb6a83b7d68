package org.mixroom.shared.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mixroom.shared.MixroomProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class StorageConfigurationTest {

    @TempDir
    Path dataDir;

    @Test
    void storesOnLocalDiskUnlessConfiguredOtherwise() throws Exception {
        BlobStore store = new StorageConfiguration().blobStore(bind(Map.of()), new MixroomProperties(dataDir, "http://localhost:8080"));
        assertThat(store).isInstanceOf(LocalDiskBlobStore.class);
    }

    @Test
    void storesInS3WhenTheTypeSaysSo() throws Exception {
        StorageProperties storage = bind(Map.of("mixroom.storage.type", "s3",
                "mixroom.storage.s3.endpoint", "http://127.0.0.1:9000",
                "mixroom.storage.s3.bucket", "mixroom",
                "mixroom.storage.s3.access-key", "key",
                "mixroom.storage.s3.secret-key", "secret",
                "mixroom.storage.s3.path-style", "true"));

        try (S3BlobStore store = (S3BlobStore) new StorageConfiguration().blobStore(storage,
                new MixroomProperties(dataDir, "http://localhost:8080"))) {
            assertThat(store.tmpDir()).isEqualTo(dataDir.resolve("s3-cache/tmp"));
        }
        assertThat(storage.s3().region()).isEqualTo("us-east-1");
        assertThat(storage.s3().cacheSize().toGigabytes()).isEqualTo(10);
    }

    @Test
    void namesTheSettingThatIsMissing() {
        StorageProperties noBucket = bind(Map.of("mixroom.storage.type", "s3"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new StorageConfiguration().blobStore(noBucket, new MixroomProperties(dataDir, "http://localhost:8080")))
                .withMessage("mixroom.storage.s3.bucket must be set when mixroom.storage.type=s3");

        StorageProperties halfKey = bind(Map.of("mixroom.storage.type", "s3", "mixroom.storage.s3.bucket", "b",
                "mixroom.storage.s3.access-key", "key"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new StorageConfiguration().blobStore(halfKey, new MixroomProperties(dataDir, "http://localhost:8080")))
                .withMessageStartingWith("mixroom.storage.s3.access-key and mixroom.storage.s3.secret-key must be set together");
    }

    private static StorageProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("mixroom.storage", StorageProperties.class);
    }
}
