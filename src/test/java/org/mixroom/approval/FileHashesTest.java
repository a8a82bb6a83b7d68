package org.mixroom.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileHashesTest {

    /** SHA-256 of the three bytes "abc" (FIPS 180-2, appendix B.1). */
    static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    final FileHashes hashes = new FileHashes();

    @TempDir
    Path dir;

    @Test
    void hashesAFile() throws Exception {
        Path file = Files.writeString(dir.resolve("a"), "abc");
        assertThat(hashes.sha256(file)).isEqualTo(ABC);
    }

    @Test
    void hashesAgainWhenTheFileChangesOnDisk() throws Exception {
        Path file = Files.writeString(dir.resolve("a"), "abc");
        FileTime modified = Files.getLastModifiedTime(file);
        hashes.sha256(file);

        Files.write(file, "abd".getBytes(StandardCharsets.US_ASCII));
        Files.setLastModifiedTime(file, FileTime.fromMillis(modified.toMillis() + 2000));

        assertThat(hashes.sha256(file)).isNotEqualTo(ABC);
    }

    @Test
    void hashesAgainWhenOnlyTheSizeChanges() throws Exception {
        Path file = Files.writeString(dir.resolve("a"), "abc");
        FileTime modified = Files.getLastModifiedTime(file);
        hashes.sha256(file);

        Files.writeString(file, "abcd");
        Files.setLastModifiedTime(file, modified);

        assertThat(hashes.sha256(file)).isNotEqualTo(ABC);
    }

    @Test
    void remembersTheHashWhileSizeTimeAndIdentityStayTheSame() throws Exception {
        Path file = Files.writeString(dir.resolve("a"), "abc");
        FileTime modified = Files.getLastModifiedTime(file);
        hashes.sha256(file);

        // Same size, time and inode: the stamp says nothing changed, so the file is not read again.
        Files.write(file, "xyz".getBytes(StandardCharsets.US_ASCII));
        Files.setLastModifiedTime(file, modified);

        assertThat(hashes.sha256(file)).isEqualTo(ABC);
    }
}
