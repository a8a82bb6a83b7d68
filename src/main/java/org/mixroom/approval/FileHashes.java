package org.mixroom.approval;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The SHA-256 of local files, remembered per file for as long as its size, modification time and identity
 * (inode) stay the same: showing a track's state then costs a {@code stat}, not a read of the whole file,
 * while a file written to, truncated or replaced on disk is hashed again.
 */
@Component
class FileHashes {

    private record Stamp(long size, FileTime modified, Object fileKey) {
    }

    private record Known(Stamp stamp, String sha256) {
    }

    private final Map<Path, Known> known = new ConcurrentHashMap<>();

    /** The file's lowercase hex SHA-256. */
    String sha256(Path file) throws IOException {
        // The stamp is read before the bytes: a change during hashing leaves a stamp that no longer matches.
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        Stamp stamp = new Stamp(attributes.size(), attributes.lastModifiedTime(), attributes.fileKey());
        Known cached = known.get(file);
        if (cached != null && cached.stamp().equals(stamp)) {
            return cached.sha256();
        }
        String hash = hash(file);
        known.put(file, new Known(stamp, hash));
        return hash;
    }

    private static String hash(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
