package org.mixroom.shared.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The contract on local disk; two stores on the same folder stand for two nodes on a shared file system. */
class LocalDiskBlobStoreTest extends BlobStoreContract {

    /** SHA-256 of "abc" (FIPS 180-2, appendix B.1). */
    static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @Override
    BlobStore openNode() throws IOException {
        return new LocalDiskBlobStore(dataDir.resolve("audio"));
    }

    @Override
    Path tmpDir(BlobStore store) {
        return ((LocalDiskBlobStore) store).tmpDir();
    }

    @Test
    void keepsTheBlobUnderItsHashInTwoLevelsOfFoldersAndReadsItInPlace() throws Exception {
        try (BlobStore.StagedBlob staged = store.stage(
                new ByteArrayInputStream("abc".getBytes(StandardCharsets.US_ASCII)), 10)) {
            assertThat(staged.sha256()).isEqualTo(ABC);
            assertThat(staged.file()).hasParentRaw(tmpDir(store));
            staged.commit();
        }
        Path stored = dataDir.resolve("audio/ba/78").resolve(ABC);
        assertThat(stored).hasContent("abc");
        assertThat(store.localFile(ABC)).isEqualTo(stored);
    }
}
