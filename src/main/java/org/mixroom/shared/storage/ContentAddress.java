package org.mixroom.shared.storage;

import java.util.regex.Pattern;

/**
 * Where a blob lives in a store: {@code ab/cd/<sha256>}, the first two pairs of hex digits as folders, so
 * no folder grows too large. Only a lowercase hex SHA-256 names a blob; anything else (a path, a client file
 * name) is refused before it reaches a file system or a bucket.
 */
final class ContentAddress {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private ContentAddress() {
    }

    /** The blob's relative path, with {@code /} as separator (also its S3 key). */
    static String of(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a lowercase hex SHA-256: " + sha256);
        }
        return sha256.substring(0, 2) + "/" + sha256.substring(2, 4) + "/" + sha256;
    }
}
