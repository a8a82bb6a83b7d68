package org.mixroom.engine.decode;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.mixroom.engine.CorruptAudioException;

/**
 * The chunk list of a RIFF-style file (WAV, RF64, BW64, AIFF): every chunk's extent checked against the
 * real file length before any sample is read. Header fields are only ever read into small fixed buffers;
 * nothing is sized from them.
 */
final class Chunks {
    /** Chunk lists longer than this are refused (real files have a handful of chunks). */
    static final int MAX_CHUNKS = 65_536;

    private static final long UINT32_MASK = 0xFFFF_FFFFL;

    private Chunks() {
    }

    /**
     * One chunk.
     *
     * @param id     the four-character identifier (e.g. "data"), unprintable bytes escaped
     * @param header file offset of the chunk header
     * @param body   file offset of the first byte after the 8-byte header
     * @param size   body length in bytes, without the pad byte
     */
    record Chunk(String id, long header, long body, long size) {
        long end() {
            return body + size;
        }
    }

    /** The real size of a chunk given its 32-bit size field (RF64 and BW64 look large sizes up in ds64). */
    @FunctionalInterface
    interface SizeResolver {
        SizeResolver AS_STORED = (id, field) -> field;

        long size(String id, long field) throws CorruptAudioException;
    }

    /**
     * Walks the chunks from {@code start} to {@code declaredEnd} (the end the container chunk declares).
     *
     * @param container   name of the container chunk for messages ("RIFF", "RF64", "FORM")
     * @param sizeOf      maps (id, 32-bit size field) to the real size, for RF64/BW64's ds64 table
     * @param wrappedId   the chunk that may run to end of file when a file over 4 GiB has wrapped its 32-bit
     *                    sizes (see {@link #sizeOfWrapped}); null when sizes cannot have wrapped
     */
    static List<Chunk> walk(FileChannel channel, long fileSize, String container, long declaredEnd, long start,
                            ByteOrder order, SizeResolver sizeOf, String wrappedId)
            throws IOException, CorruptAudioException {
        List<Chunk> chunks = new ArrayList<>();
        long end = wrappedId != null ? fileSize : declaredEnd;
        long pos = start;
        byte[] header = new byte[8];
        ByteBuffer fields = ByteBuffer.wrap(header).order(order);
        while (pos + 8 <= end) {
            if (pos + 8 > fileSize) {
                throw truncated(container + " chunk", declaredEnd - 8, fileSize - 8);
            }
            readFully(channel, header, pos, 8);
            String id = fourCc(header, 0);
            long field = fields.getInt(4) & UINT32_MASK;
            long size = sizeOf.size(id, field);
            long body = pos + 8;
            if (wrappedId != null && id.equals(wrappedId)) {
                size = sizeOfWrapped(id, size, fileSize - body);
                chunks.add(new Chunk(id, pos, body, size));
                pos = body + size;
                break;
            }
            if (size > fileSize - body) {
                throw truncated(id.strip() + " chunk", size, fileSize - body);
            }
            if (body + size > end) {
                throw new CorruptAudioException(id.strip() + " chunk at byte " + pos + " declares " + size
                        + " bytes and so runs past the end of the " + container + " chunk (byte " + end + ")");
            }
            chunks.add(new Chunk(id, pos, body, size));
            if (chunks.size() > MAX_CHUNKS) {
                throw new CorruptAudioException("more than " + MAX_CHUNKS + " chunks; not a plausible audio file");
            }
            pos = body + size + (size & 1);
        }
        // Fewer than 8 bytes left inside the container chunk (a stray pad byte) are ignored. A container
        // that declares more than the file holds is truncated, unless only the final pad byte is missing.
        if (wrappedId == null && declaredEnd > fileSize + 1) {
            throw truncated(container + " chunk", declaredEnd - 8, fileSize - 8);
        }
        return chunks;
    }

    /**
     * The size of the last chunk of a file too large for 32-bit sizes. A 32-bit size that equals the bytes
     * to end of file modulo 2^32 proves that the size has wrapped and the chunk runs to end of file; anything
     * else cannot be trusted.
     */
    private static long sizeOfWrapped(String id, long declared, long present) throws CorruptAudioException {
        if (declared == present || declared == present - 1) {
            return declared;
        }
        if ((present & UINT32_MASK) == declared) {
            return present;
        }
        throw new CorruptAudioException("the file is larger than 4 GiB, so its 32-bit chunk sizes have wrapped, and the "
                + id.strip() + " chunk size (" + declared + " bytes) does not match the " + present
                + " bytes to end of file; save it as RF64 or BW64");
    }

    /** The chunk with this id, null if none; a second one is corruption. */
    static Chunk only(List<Chunk> chunks, String id) throws CorruptAudioException {
        Chunk found = null;
        for (Chunk chunk : chunks) {
            if (chunk.id().equals(id)) {
                if (found != null) {
                    throw new CorruptAudioException("more than one " + id.strip() + " chunk (at bytes " + found.header()
                            + " and " + chunk.header() + ")");
                }
                found = chunk;
            }
        }
        return found;
    }

    static CorruptAudioException truncated(String what, long declared, long present) {
        return new CorruptAudioException("truncated: " + what + " declares " + declared + " bytes, "
                + Math.max(0, present) + " present");
    }

    /** Reads exactly {@code length} bytes at {@code position}; running into end of file is corruption. */
    static void readFully(FileChannel channel, byte[] into, long position, int length)
            throws IOException, CorruptAudioException {
        ByteBuffer buffer = ByteBuffer.wrap(into, 0, length);
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, position + buffer.position());
            if (n < 0) {
                throw new CorruptAudioException("file ends at byte " + (position + buffer.position())
                        + ", expected at least " + (position + length) + " bytes");
            }
        }
    }

    /** Reads up to {@code length} bytes at {@code position}, fewer only at end of file. */
    static int readUpTo(FileChannel channel, byte[] into, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(into, 0, length);
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, position + buffer.position());
            if (n < 0) {
                break;
            }
        }
        return buffer.position();
    }

    /** Four bytes as an identifier; bytes outside printable ASCII are shown as \xNN. */
    static String fourCc(byte[] bytes, int offset) {
        StringBuilder id = new StringBuilder(4);
        for (int i = offset; i < offset + 4; i++) {
            int b = bytes[i] & 0xFF;
            if (b >= 0x20 && b < 0x7F) {
                id.append((char) b);
            } else {
                id.append(String.format("\\x%02X", b));
            }
        }
        return id.toString();
    }

    static boolean is(byte[] bytes, int offset, String fourCc) {
        byte[] expected = fourCc.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < 4; i++) {
            if (bytes[offset + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
