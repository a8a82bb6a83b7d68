package org.mixroom.shared.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlobCacheTest {

    static final String A = "a".repeat(64);
    static final String B = "b".repeat(64);
    static final String C = "c".repeat(64);

    @TempDir
    Path root;

    BlobCache cache;

    @BeforeEach
    void cache() throws Exception {
        cache = new BlobCache(root, 10);
    }

    @Test
    void deletesTheLeastRecentlyUsedCopiesBeyondTheLimit() throws Exception {
        cache.adopt(file("aaaa"), A);
        cache.adopt(file("bbbb"), B);
        age(B, 60);
        age(A, 30);
        assertThat(cache.get(A)).isPresent(); // used again: now the most recent

        cache.adopt(file("cccc"), C);

        assertThat(cache.get(B)).isEmpty();
        assertThat(cache.get(A)).hasValueSatisfying(path -> assertThat(path).hasContent("aaaa"));
        assertThat(cache.get(C)).hasValueSatisfying(path -> assertThat(path).hasContent("cccc"));
    }

    @Test
    void keepsANewCopyLargerThanTheWholeLimit() throws Exception {
        cache.adopt(file("aaaa"), A);

        Path big = cache.adopt(file("b".repeat(20)), B);

        assertThat(big).hasContent("b".repeat(20));
        assertThat(cache.get(A)).isEmpty();
    }

    private Path file(String content) throws Exception {
        return Files.writeString(Files.createTempFile(cache.tmpDir(), "copy", ".part"), content);
    }

    private void age(String sha, int minutes) throws Exception {
        Files.setLastModifiedTime(root.resolve(ContentAddress.of(sha)),
                FileTime.fromMillis(System.currentTimeMillis() - minutes * 60_000L));
    }
}
