package org.mixroom.approval;

import java.io.IOException;
import org.mixroom.shared.storage.BlobStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Checks that the blob store still holds exactly the bytes a decision was made on. */
@Component
class StoredBytes {

    private static final Logger log = LoggerFactory.getLogger(StoredBytes.class);

    private final BlobStore blobs;
    private final FileHashes hashes;

    StoredBytes(BlobStore blobs, FileHashes hashes) {
        this.blobs = blobs;
        this.hashes = hashes;
    }

    /** Whether the blob stored under {@code sha256} still has that hash; a missing blob has not. */
    boolean intact(String sha256) {
        try {
            return hashes.sha256(blobs.localFile(sha256)).equals(sha256);
        } catch (IOException e) {
            log.warn("The stored file {} cannot be read: {}", sha256, e.getMessage());
            return false;
        }
    }
}
