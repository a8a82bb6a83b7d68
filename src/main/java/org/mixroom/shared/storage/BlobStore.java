package org.mixroom.shared.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.core.io.Resource;

/**
 * Stores byte sequences under the lowercase hex SHA-256 of their content. A blob is staged first (written
 * to a temporary file while its hash is computed), can be checked there, and only then committed under its
 * hash; a staged blob that is closed without a commit leaves nothing behind.
 */
public interface BlobStore {

    /**
     * Writes {@code content} to a temporary file while hashing it.
     *
     * @param maxBytes the most bytes accepted; one more aborts the copy
     * @throws BlobTooLargeException the content is longer than {@code maxBytes}; nothing is kept
     */
    StagedBlob stage(InputStream content, long maxBytes) throws IOException;

    /** Stages and commits a small blob at once; returns its hash. */
    default String put(byte[] content) throws IOException {
        try (StagedBlob staged = stage(new java.io.ByteArrayInputStream(content), content.length)) {
            staged.commit();
            return staged.sha256();
        }
    }

    /** The blob as a resource that knows its length, so Spring MVC can answer byte ranges; empty if absent. */
    Optional<Resource> find(String sha256);

    /** A local file holding the blob's bytes, for readers that need a path (the analysis engine). */
    Path localFile(String sha256) throws IOException;

    boolean contains(String sha256);

    /** Removes the blob; callers make sure nothing refers to it any more. */
    void delete(String sha256) throws IOException;

    /** A blob written to a temporary file and hashed, not yet stored under its hash. */
    interface StagedBlob extends AutoCloseable {
        String sha256();

        long size();

        /** The temporary file, to inspect before committing. */
        Path file();

        /**
         * Moves the blob under its hash, durably.
         *
         * @return true if the store did not hold these bytes before (so a rollback may delete them)
         */
        boolean commit() throws IOException;

        /** Deletes the temporary file unless the blob was committed. */
        @Override
        void close() throws IOException;
    }
}
