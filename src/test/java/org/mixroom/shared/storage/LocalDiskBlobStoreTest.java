package org.mixroom.shared.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mixroom.shared.MixroomProperties;
import org.springframework.core.io.Resource;

class LocalDiskBlobStoreTest {

    /** SHA-256 of "abc" (FIPS 180-2, appendix B.1). */
    static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @TempDir
    Path dataDir;

    LocalDiskBlobStore store;

    @BeforeEach
    void store() throws Exception {
        store = new LocalDiskBlobStore(new MixroomProperties(dataDir, "http://localhost:8080"));
    }

    @Test
    void hashesWhileStagingAndStoresUnderTheHashOnCommit() throws Exception {
        try (BlobStore.StagedBlob staged = store.stage(stream("abc"), 10)) {
            assertThat(staged.sha256()).isEqualTo(ABC);
            assertThat(staged.size()).isEqualTo(3);
            assertThat(staged.file()).hasParentRaw(store.tmpDir()).hasContent("abc");
            assertThat(store.contains(ABC)).isFalse();

            assertThat(staged.commit()).isTrue();
        }

        Path stored = dataDir.resolve("audio/ba/78").resolve(ABC);
        assertThat(stored).hasContent("abc");
        assertThat(store.localFile(ABC)).isEqualTo(stored);
        Resource resource = store.find(ABC).orElseThrow();
        assertThat(resource.contentLength()).isEqualTo(3);
        assertThat(tmpFiles()).isEmpty();
    }

    @Test
    void keepsOneCopyOfTheSameBytes() throws Exception {
        assertThat(store.put("abc".getBytes(StandardCharsets.US_ASCII))).isEqualTo(ABC);
        try (BlobStore.StagedBlob again = store.stage(stream("abc"), 10)) {
            assertThat(again.commit()).isFalse();
        }
        assertThat(store.contains(ABC)).isTrue();
        assertThat(tmpFiles()).isEmpty();
    }

    @Test
    void leavesNothingWhenClosedWithoutCommit() throws Exception {
        try (BlobStore.StagedBlob staged = store.stage(stream("abc"), 10)) {
            assertThat(staged.file()).exists();
        }
        assertThat(tmpFiles()).isEmpty();
        assertThat(store.contains(ABC)).isFalse();
    }

    @Test
    void abortsPastTheLimitAndLeavesNothing() {
        assertThatThrownBy(() -> store.stage(stream("abcd"), 3))
                .isInstanceOf(BlobTooLargeException.class)
                .satisfies(e -> assertThat(((BlobTooLargeException) e).maxBytes()).isEqualTo(3));
        assertThat(tmpFiles()).isEmpty();
    }

    @Test
    void acceptsExactlyTheLimit() throws Exception {
        try (BlobStore.StagedBlob staged = store.stage(stream("abc"), 3)) {
            assertThat(staged.size()).isEqualTo(3);
        }
    }

    @Test
    void deletesABlobAndRefusesANameThatIsNotAHash() throws Exception {
        store.put("abc".getBytes(StandardCharsets.US_ASCII));
        store.delete(ABC);
        assertThat(store.find(ABC)).isEmpty();
        assertThatThrownBy(() -> store.find("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }

    private static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.US_ASCII));
    }

    private Stream<Path> tmpFilesStream() throws Exception {
        return Files.list(store.tmpDir());
    }

    private java.util.List<Path> tmpFiles() {
        try (Stream<Path> files = tmpFilesStream()) {
            return files.toList();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
