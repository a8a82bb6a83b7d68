package org.mixroom.shared.storage;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Test content of any length, made on the fly (never held in memory): the byte at each position follows
 * from the position and a seed, so a test can check any range of it.
 */
final class GeneratedContent extends InputStream {

    private final long size;
    private final long seed;
    private long position;

    GeneratedContent(long size, long seed) {
        this.size = size;
        this.seed = seed;
    }

    static byte at(long seed, long position) {
        long mixed = (position + seed) * 0x9E3779B97F4A7C15L;
        return (byte) (mixed >>> 56 ^ mixed >>> 29);
    }

    static byte[] range(long seed, long from, int count) {
        byte[] bytes = new byte[count];
        for (int i = 0; i < count; i++) {
            bytes[i] = at(seed, from + i);
        }
        return bytes;
    }

    /** The SHA-256 of the whole content, by streaming it. */
    static String sha256(long size, long seed) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = new GeneratedContent(size, seed)) {
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) != -1) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    @Override
    public int read() {
        return position < size ? at(seed, position++) & 0xff : -1;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (position >= size) {
            return -1;
        }
        int n = (int) Math.min(length, size - position);
        for (int i = 0; i < n; i++) {
            buffer[offset + i] = at(seed, position++);
        }
        return n;
    }
}
