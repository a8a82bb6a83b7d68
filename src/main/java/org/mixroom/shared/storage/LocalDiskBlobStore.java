package org.mixroom.shared.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

/**
 * The blob store on local disk (the default), under {@code ${mixroom.data-dir}/audio}: a blob lives at
 * {@code ab/cd/<sha256>} (the first two pairs of hex digits as folders). Content is written to
 * {@code tmp/} in the same file system, forced to disk, then renamed atomically into place, so a crash
 * leaves either the whole blob or none. Client file names are never used.
 */
class LocalDiskBlobStore implements BlobStore {

    private final Path root;
    private final Path tmp;

    LocalDiskBlobStore(Path root) throws IOException {
        this.root = root;
        this.tmp = root.resolve("tmp");
        Files.createDirectories(tmp);
    }

    /** Where temporary files of staged blobs live (for tests that check nothing is left behind). */
    Path tmpDir() {
        return tmp;
    }

    @Override
    public StagedBlob stage(InputStream content, long maxBytes) throws IOException {
        StagingFiles.Written written = StagingFiles.write(content, tmp, maxBytes);
        return new Staged(written.file(), written.sha256(), written.size());
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
        return root.resolve(ContentAddress.of(sha256));
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
