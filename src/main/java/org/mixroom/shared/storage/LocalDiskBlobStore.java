package org.mixroom.shared.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.mixroom.shared.MixroomProperties;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The blob store on local disk under {@code ${mixroom.data-dir}/audio}: a blob lives at
 * {@code ab/cd/<sha256>} (the first two pairs of hex digits as folders). Content is written to
 * {@code tmp/} in the same file system, forced to disk, then renamed atomically into place, so a crash
 * leaves either the whole blob or none. Client file names are never used.
 */
@Component
class LocalDiskBlobStore implements BlobStore {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final int BUFFER = 1 << 16;

    private final Path root;
    private final Path tmp;

    LocalDiskBlobStore(MixroomProperties properties) throws IOException {
        this.root = properties.audioDir();
        this.tmp = root.resolve("tmp");
        Files.createDirectories(tmp);
    }

    /** Where temporary files of staged blobs live (for tests that check nothing is left behind). */
    Path tmpDir() {
        return tmp;
    }

    @Override
    public StagedBlob stage(InputStream content, long maxBytes) throws IOException {
        Path file = tmp.resolve("staged-" + UUID.randomUUID() + ".part");
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
        return new Staged(file, HexFormat.of().formatHex(digest.digest()), size);
    }

    @Override
    public Optional<Resource> find(String sha256) {
        Path path = pathOf(sha256);
        return Files.isRegularFile(path) ? Optional.of(new FileSystemResource(path)) : Optional.empty();
    }

    @Override
    public Path localFile(String sha256) throws IOException {
        Path path = pathOf(sha256);
        if (!Files.isRegularFile(path)) {
            throw new NoSuchFileException(path.toString(), null, "no blob " + sha256);
        }
        return path;
    }

    @Override
    public boolean contains(String sha256) {
        return Files.isRegularFile(pathOf(sha256));
    }

    @Override
    public void delete(String sha256) throws IOException {
        Files.deleteIfExists(pathOf(sha256));
    }

    Path pathOf(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a lowercase hex SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always provides SHA-256", e);
        }
    }

    /** Makes a rename or a new entry in {@code dir} durable. */
    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException ignored) {
            // Some file systems cannot open a folder for reading; the rename itself has happened.
        }
    }

    private final class Staged implements StagedBlob {
        private final Path file;
        private final String sha256;
        private final long size;
        private boolean committed;

        Staged(Path file, String sha256, long size) {
            this.file = file;
            this.sha256 = sha256;
            this.size = size;
        }

        @Override
        public String sha256() {
            return sha256;
        }

        @Override
        public long size() {
            return size;
        }

        @Override
        public Path file() {
            return file;
        }

        @Override
        public boolean commit() throws IOException {
            if (committed) {
                throw new IllegalStateException("blob " + sha256 + " is already committed");
            }
            Path target = pathOf(sha256);
            if (Files.isRegularFile(target)) {
                Files.delete(file); // same hash, same bytes: keep the stored copy
                committed = true;
                return false;
            }
            Path dir = target.getParent();
            Files.createDirectories(dir);
            try {
                Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("the audio folder " + root + " must be on one file system", e);
            }
            forceDirectory(dir);
            committed = true;
            return true;
        }

        @Override
        public void close() throws IOException {
            if (!committed) {
                Files.deleteIfExists(file);
            }
        }
    }
}
