package org.mixroom.shared.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourceRegion;
import org.springframework.http.HttpRange;
import org.springframework.http.MediaType;
import org.springframework.http.converter.ResourceRegionHttpMessageConverter;
import org.springframework.mock.http.MockHttpOutputMessage;

/**
 * What every {@link BlobStore} does, run against each adapter. A second store opened on the same storage
 * stands for another node: it sees what the first committed, and fetches its own local copies.
 */
abstract class BlobStoreContract {

    static final long MIB = 1 << 20;

    @TempDir
    Path dataDir;

    BlobStore store;

    /** A store on the same storage as every other store of this test (a node). */
    abstract BlobStore openNode() throws IOException;

    /** The folder of the store's temporary files. */
    abstract Path tmpDir(BlobStore store);

    @BeforeEach
    void openStore() throws IOException {
        store = openNode();
    }

    @Test
    void hashesWhileStagingAndStoresUnderTheHashOnCommit() throws Exception {
        byte[] content = unique("a mix");
        String sha = sha256(content);
        try (BlobStore.StagedBlob staged = store.stage(new ByteArrayInputStream(content), content.length)) {
            assertThat(staged.sha256()).isEqualTo(sha);
            assertThat(staged.size()).isEqualTo(content.length);
            assertThat(staged.file()).hasBinaryContent(content);
            assertThat(store.contains(sha)).isFalse();
            assertThat(store.find(sha)).isEmpty();

            assertThat(staged.commit()).isTrue();
        }

        assertThat(store.contains(sha)).isTrue();
        Resource resource = store.find(sha).orElseThrow();
        assertThat(resource.contentLength()).isEqualTo(content.length);
        try (InputStream in = resource.getInputStream()) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        assertThat(store.localFile(sha)).hasBinaryContent(content);
        assertThat(leftovers(store)).isEmpty();
    }

    @Test
    void anotherNodeFindsTheBlobAndReadsItAsALocalFile() throws Exception {
        byte[] content = unique("shared");
        String sha = store.put(content);

        BlobStore other = openNode();
        assertThat(other.contains(sha)).isTrue();
        assertThat(other.find(sha).orElseThrow().contentLength()).isEqualTo(content.length);
        Path file = other.localFile(sha);
        assertThat(file).hasBinaryContent(content);
        assertThat(other.localFile(sha)).isEqualTo(file);
    }

    @Test
    void servesByteRangesAsSpringMvcAsksForThem() throws Exception {
        byte[] content = unique("ranges " + "x".repeat(100_000));
        String sha = store.put(content);
        Resource resource = openNode().find(sha).orElseThrow();

        assertThat(region(resource, "bytes=1000-1999")).isEqualTo(slice(content, 1000, 2000));
        assertThat(region(resource, "bytes=-100")).isEqualTo(slice(content, content.length - 100, content.length));
        assertThat(region(resource, "bytes=0-0")).isEqualTo(slice(content, 0, 1));
        try (InputStream in = resource.getInputStream()) {
            assertThat(in.skip(content.length - 10)).isEqualTo(content.length - 10);
            assertThat(in.readAllBytes()).isEqualTo(slice(content, content.length - 10, content.length));
        }
    }

    @Test
    void storesABlobLargerThanSeveralPartsWithoutHoldingItInMemory() throws Exception {
        long size = 40 * MIB + 123;
        long seed = ThreadLocalRandom.current().nextLong();
        String expected = GeneratedContent.sha256(size, seed);

        try (BlobStore.StagedBlob staged = store.stage(new GeneratedContent(size, seed), size)) {
            assertThat(staged.sha256()).isEqualTo(expected);
            assertThat(staged.size()).isEqualTo(size);
            assertThat(staged.commit()).isTrue();
        }

        BlobStore other = openNode();
        Resource resource = other.find(expected).orElseThrow();
        assertThat(resource.contentLength()).isEqualTo(size);
        long boundary = 16 * MIB; // where the first part ends in S3
        try (InputStream in = resource.getInputStream()) {
            in.skipNBytes(boundary - 5);
            assertThat(in.readNBytes(10)).isEqualTo(GeneratedContent.range(seed, boundary - 5, 10));
        }
        assertThat(region(resource, "bytes=" + (size - 50) + "-"))
                .isEqualTo(GeneratedContent.range(seed, size - 50, 50));
        Path file = other.localFile(expected);
        assertThat(Files.size(file)).isEqualTo(size);
        assertThat(sha256(file)).isEqualTo(expected);
    }

    @Test
    void keepsOneCopyOfIdenticalBytes() throws Exception {
        byte[] content = unique("twice");
        String sha = store.put(content);
        try (BlobStore.StagedBlob again = openNode().stage(new ByteArrayInputStream(content), content.length)) {
            assertThat(again.sha256()).isEqualTo(sha);
            assertThat(again.commit()).isFalse();
        }
        assertThat(store.contains(sha)).isTrue();
        assertThat(store.localFile(sha)).hasBinaryContent(content);
        assertThat(leftovers(store)).isEmpty();
    }

    @Test
    void leavesNothingWhenTheContentExceedsTheLimit() throws Exception {
        byte[] content = unique("too long");
        assertThatThrownBy(() -> store.stage(new ByteArrayInputStream(content), content.length - 1))
                .isInstanceOf(BlobTooLargeException.class)
                .satisfies(e -> assertThat(((BlobTooLargeException) e).maxBytes()).isEqualTo(content.length - 1));
        assertThat(leftovers(store)).isEmpty();
        assertThat(store.contains(sha256(content))).isFalse();

        try (BlobStore.StagedBlob exact = store.stage(new ByteArrayInputStream(content), content.length)) {
            assertThat(exact.size()).isEqualTo(content.length);
        }
    }

    @Test
    void leavesNothingWhenClosedWithoutCommit() throws Exception {
        byte[] content = unique("rejected");
        try (BlobStore.StagedBlob staged = store.stage(new ByteArrayInputStream(content), content.length)) {
            assertThat(staged.file()).exists();
        }
        assertThat(leftovers(store)).isEmpty();
        assertThat(store.contains(sha256(content))).isFalse();
    }

    @Test
    void deletesABlobForEveryNode() throws Exception {
        byte[] content = unique("deleted");
        String sha = store.put(content);
        store.localFile(sha);

        store.delete(sha);

        BlobStore other = openNode();
        assertThat(store.find(sha)).isEmpty();
        assertThat(store.contains(sha)).isFalse();
        assertThat(other.contains(sha)).isFalse();
        assertThatThrownBy(() -> other.localFile(sha)).isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> store.localFile(sha)).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void refusesANameThatIsNotAHash() {
        assertThatThrownBy(() -> store.find("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.contains("AB" + "0".repeat(62))).isInstanceOf(IllegalArgumentException.class);
    }

    /** Content no other test (nor an earlier run on the same bucket) has stored. */
    static byte[] unique(String text) {
        return (text + " " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
    }

    static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    static String sha256(Path file) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) != -1) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    List<Path> leftovers(BlobStore store) throws IOException {
        try (Stream<Path> files = Files.list(tmpDir(store))) {
            return files.toList();
        }
    }

    /** The bytes Spring MVC writes for a {@code Range} header on this resource. */
    private static byte[] region(Resource resource, String range) throws IOException {
        List<ResourceRegion> regions = HttpRange.toResourceRegions(HttpRange.parseRanges(range), resource);
        MockHttpOutputMessage out = new MockHttpOutputMessage();
        new ResourceRegionHttpMessageConverter().write(regions.getFirst(), MediaType.APPLICATION_OCTET_STREAM, out);
        return out.getBodyAsBytes();
    }

    private static byte[] slice(byte[] content, int from, int to) {
        return java.util.Arrays.copyOfRange(content, from, to);
    }
}
