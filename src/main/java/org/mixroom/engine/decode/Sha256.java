package org.mixroom.engine.decode;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of file bytes, as lowercase hex. */
final class Sha256 {
    private Sha256() {
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    /** The hash a decoder reports: known only once the stream has been read to its end. */
    static String known(String hash) {
        if (hash == null) {
            throw new IllegalStateException("the hash is known once read() has returned false");
        }
        return hash;
    }

    /** Hashes a whole file in one sequential read. */
    static String ofFile(Path file) throws IOException {
        MessageDigest digest = newDigest();
        byte[] buffer = new byte[PcmFileDecoder.BUFFER_BYTES];
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer into = ByteBuffer.wrap(buffer);
            while (true) {
                into.clear();
                int n = channel.read(into);
                if (n < 0) {
                    break;
                }
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
