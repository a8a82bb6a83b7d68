package org.mixroom.engine.decode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mixroom.engine.testaudio.AiffWriter;

/** Builds RIFF and AIFF files byte by byte, for the malformed inputs the strict readers must refuse. */
final class Bytes {
    static final byte[] PCM_GUID_TAIL = {0, 0, 0, 0, 0x10, 0, (byte) 0x80, 0, 0, (byte) 0xAA, 0, 0x38, (byte) 0x9B,
        0x71};

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteOrder order;

    private Bytes(ByteOrder order) {
        this.order = order;
    }

    static Bytes le() {
        return new Bytes(ByteOrder.LITTLE_ENDIAN);
    }

    static Bytes be() {
        return new Bytes(ByteOrder.BIG_ENDIAN);
    }

    Bytes ascii(String s) {
        out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
        return this;
    }

    Bytes u8(int v) {
        out.write(v);
        return this;
    }

    Bytes u16(int v) {
        out.writeBytes(ByteBuffer.allocate(2).order(order).putShort((short) v).array());
        return this;
    }

    Bytes u32(long v) {
        out.writeBytes(ByteBuffer.allocate(4).order(order).putInt((int) v).array());
        return this;
    }

    Bytes u64(long v) {
        out.writeBytes(ByteBuffer.allocate(8).order(order).putLong(v).array());
        return this;
    }

    Bytes bytes(byte[] b) {
        out.writeBytes(b);
        return this;
    }

    Bytes zeros(int n) {
        out.writeBytes(new byte[n]);
        return this;
    }

    Bytes extended(long value) {
        ByteBuffer b = ByteBuffer.allocate(10).order(ByteOrder.BIG_ENDIAN);
        AiffWriter.putExtended(b, value);
        out.writeBytes(b.array());
        return this;
    }

    /** A chunk: id, 32-bit size of {@code body}, body, pad byte if odd. */
    Bytes chunk(String id, byte[] body) {
        return chunk(id, body.length, body);
    }

    /** A chunk whose size field says {@code declared} whatever the body holds (no pad byte added). */
    Bytes chunk(String id, long declared, byte[] body) {
        ascii(id).u32(declared).bytes(body);
        if (declared == body.length && (body.length & 1) != 0) {
            u8(0);
        }
        return this;
    }

    int size() {
        return out.size();
    }

    byte[] toArray() {
        return out.toByteArray();
    }

    Path writeTo(Path file) throws IOException {
        return Files.write(file, out.toByteArray());
    }

    // --- WAV ---

    /** A plain fmt chunk body (16 bytes). */
    static byte[] fmt(int tag, int channels, long rate, int blockAlign, int bits) {
        return le().u16(tag).u16(channels).u32(rate).u32(rate * blockAlign).u16(blockAlign).u16(bits).toArray();
    }

    /** A PCM fmt body with a consistent block align. */
    static byte[] fmtPcm(int channels, long rate, int bits) {
        return fmt(1, channels, rate, channels * bits / 8, bits);
    }

    /** A WAVE_FORMAT_EXTENSIBLE fmt body (40 bytes) with the given sub-format tag. */
    static byte[] fmtExtensible(int subTag, int channels, long rate, int bits, int validBits, long mask) {
        int blockAlign = channels * bits / 8;
        return le().u16(0xFFFE).u16(channels).u32(rate).u32(rate * blockAlign).u16(blockAlign).u16(bits)
                .u16(22).u16(validBits).u32(mask).u16(subTag).bytes(PCM_GUID_TAIL).toArray();
    }

    /** RIFF/WAVE around the given chunk bytes, with a correct RIFF size. */
    static byte[] riff(byte[] chunks) {
        return le().ascii("RIFF").u32(4 + chunks.length).ascii("WAVE").bytes(chunks).toArray();
    }

    /** FORM/AIFF (or AIFC) around the given chunk bytes, with a correct FORM size. */
    static byte[] form(String type, byte[] chunks) {
        return be().ascii("FORM").u32(4 + chunks.length).ascii(type).bytes(chunks).toArray();
    }

    /** An AIFF COMM body (18 bytes). */
    static byte[] comm(int channels, long frames, int sampleSize, long rate) {
        return be().u16(channels).u32(frames).u16(sampleSize).extended(rate).toArray();
    }

    /** An AIFC COMM body with a compression type and empty name. */
    static byte[] commAifc(int channels, long frames, int sampleSize, long rate, String compression) {
        return be().u16(channels).u32(frames).u16(sampleSize).extended(rate).ascii(compression).u8(0).u8(0).toArray();
    }

    /** An SSND body: offset, block size, then the sample bytes. */
    static byte[] ssnd(int offset, int blockSize, byte[] samples) {
        return be().u32(offset).u32(blockSize).bytes(samples).toArray();
    }
}
