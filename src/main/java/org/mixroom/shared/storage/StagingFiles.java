package org.mixroom.shared.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/** Copies a stream into a new temporary file while hashing it, in one pass and a small buffer. */
final class StagingFiles {

    private static final int BUFFER = 1 << 16;

    private StagingFiles() {
    }

    /** A file written by {@link #write}: its path, the SHA-256 of its bytes and their number. */
    record Written(Path file, String sha256, long size) {
    }

    /**
     * Writes {@code content} to a new file in {@code dir} and forces it to disk.
     *
     * @throws BlobTooLargeException after more than {@code maxBytes}; the file is deleted
     */
    static Written write(InputStream content, Path dir, long maxBytes) throws IOException {
        Path file = dir.resolve("staged-" + UUID.randomUUID() + ".part");
        MessageDigest digest = sha256Digest();
        long size = 0;
        boolean ok = false;
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            byte[] buffer = new byte[BUFFER];
            int n;
            while ((n = content.read(buffer)) != -1) {
                size += n;
                if (size > maxBytes) {
                    throw new BlobTooLargeException(maxBytes);
                }
                digest.update(buffer, 0, n);
                ByteBuffer bytes = ByteBuffer.wrap(buffer, 0, n);
                while (bytes.hasRemaining()) {
                    out.write(bytes);
                }
            }
            out.force(true);
            ok = true;
        } finally {
            if (!ok) {
                Files.deleteIfExists(file);
            }
        }
        return new Written(file, HexFormat.of().formatHex(digest.digest()), size);
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always provides SHA-256", e);
        }
    }
}
