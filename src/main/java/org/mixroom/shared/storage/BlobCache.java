package org.mixroom.shared.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Local copies of remote blobs, for readers that need a file (the analysis engine), under {@code root} as
 * {@code ab/cd/<sha256>}, at most {@code maxBytes} in all. Each use sets a copy's modification time to now;
 * when a new copy makes the total exceed the limit, the least recently used copies are deleted until it fits
 * again (never the new one, so a single blob larger than the limit is still served). A copy deleted while a
 * reader has it open stays readable to that reader on Linux until it closes the file.
 */
final class BlobCache {

    private static final Logger log = LoggerFactory.getLogger(BlobCache.class);

    private final Path root;
    private final Path tmp;
    private final long maxBytes;

    BlobCache(Path root, long maxBytes) throws IOException {
        this.root = root;
        this.tmp = root.resolve("tmp");
        this.maxBytes = maxBytes;
        Files.createDirectories(tmp);
    }

    /** Where staged and half-downloaded files live, on the same file system as the copies. */
    Path tmpDir() {
        return tmp;
    }

    /** The copy of the blob, marked as just used; empty if there is none. */
    Optional<Path> get(String sha256) {
        Path path = pathOf(sha256);
        try {
            Files.setLastModifiedTime(path, FileTime.fromMillis(System.currentTimeMillis()));
            return Optional.of(path);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Moves {@code file} (in {@link #tmpDir()}, holding the blob's bytes) into the cache, then evicts. */
    Path adopt(Path file, String sha256) throws IOException {
        Path target = pathOf(sha256);
        Files.createDirectories(target.getParent());
        Files.move(file, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        Files.setLastModifiedTime(target, FileTime.fromMillis(System.currentTimeMillis()));
        evictBeyondLimit(target);
        return target;
    }

    void remove(String sha256) throws IOException {
        Files.deleteIfExists(pathOf(sha256));
    }

    private Path pathOf(String sha256) {
        return root.resolve(ContentAddress.of(sha256));
    }

    private synchronized void evictBeyondLimit(Path keep) throws IOException {
        record Copy(Path path, long size, FileTime used) {
        }
        List<Copy> copies = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path path : (Iterable<Path>) files.filter(p -> !p.startsWith(tmp))::iterator) {
                try {
                    BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
                    if (attributes.isRegularFile()) {
                        copies.add(new Copy(path, attributes.size(), attributes.lastModifiedTime()));
                    }
                } catch (NoSuchFileException gone) {
                    // removed by another thread meanwhile
                }
            }
        }
        long total = copies.stream().mapToLong(Copy::size).sum();
        copies.sort(Comparator.comparing(Copy::used));
        for (Copy copy : copies) {
            if (total <= maxBytes) {
                break;
            }
            if (!copy.path().equals(keep)) {
                Files.deleteIfExists(copy.path());
                total -= copy.size();
                log.debug("Evicted {} from the S3 cache", copy.path().getFileName());
            }
        }
    }
}
