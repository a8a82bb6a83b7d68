package org.mixroom.engine.decode;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.util.List;
import org.mixroom.engine.AudioFormat;
import org.mixroom.engine.CorruptAudioException;
import org.mixroom.engine.InvalidAudioException;
import org.mixroom.engine.SampleFormat;
import org.mixroom.engine.Speaker;
import org.mixroom.engine.UnsupportedAudioException;
import org.mixroom.engine.decode.Chunks.Chunk;

/**
 * Strict reader for AIFF and AIFC (Apple, AIFF 1.3 and AIFF-C draft 1991): signed big-endian PCM of 1 to 32
 * bits (left-justified in 1 to 4 bytes, so {@code code / 2^(8·bytes-1)}), the sample rate as an 80-bit IEEE
 * extended number, and the AIFC compression types {@code NONE}/{@code twos}, {@code sowt} (little-endian),
 * {@code in24}, {@code in32}, {@code 42ni}, {@code fl32}/{@code FL32} and {@code fl64}/{@code FL64}. The
 * frame count in {@code COMM} must match the sample bytes in {@code SSND} (after its offset); a non-zero
 * SSND block size allows padding of less than one block after the samples.
 */
final class AiffDecoder {
    private static final long UINT32_MASK = 0xFFFF_FFFFL;

    private AiffDecoder() {
    }

    static PcmFileDecoder open(FileChannel channel, long fileSize) throws IOException, InvalidAudioException {
        if (fileSize < 12) {
            throw new CorruptAudioException("truncated: the file is " + fileSize + " bytes, shorter than an AIFF header");
        }
        byte[] head = new byte[12];
        Chunks.readFully(channel, head, 0, 12);
        boolean aifc;
        if (Chunks.is(head, 8, "AIFF")) {
            aifc = false;
        } else if (Chunks.is(head, 8, "AIFC")) {
            aifc = true;
        } else {
            throw new UnsupportedAudioException("IFF file of form '" + Chunks.fourCc(head, 8) + "' is not AIFF audio");
        }
        long formSize = ByteBuffer.wrap(head).order(ByteOrder.BIG_ENDIAN).getInt(4) & UINT32_MASK;
        boolean wrapped = fileSize > UINT32_MASK + 8;
        List<Chunk> chunks = Chunks.walk(channel, fileSize, "FORM", 8 + formSize, 12, ByteOrder.BIG_ENDIAN,
                Chunks.SizeResolver.AS_STORED, wrapped ? "SSND" : null);
        Chunk comm = Chunks.only(chunks, "COMM");
        Chunk ssnd = Chunks.only(chunks, "SSND");
        String within = !wrapped && 8 + formSize < fileSize ? " within the " + formSize
                + " bytes the FORM chunk declares (the file has " + fileSize + ")" : "";
        if (comm == null) {
            throw new CorruptAudioException("no COMM chunk" + within + ": the file does not say how its samples are "
                    + "stored");
        }
        if (ssnd == null) {
            throw new CorruptAudioException("no SSND chunk" + within + ": the file holds no samples");
        }

        int minimum = aifc ? 22 : 18;
        if (comm.size() < minimum) {
            throw new CorruptAudioException("COMM chunk is " + comm.size() + " bytes, needs at least " + minimum);
        }
        byte[] bytes = new byte[22];
        Chunks.readFully(channel, bytes, comm.body(), minimum);
        ByteBuffer fields = ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN);
        int channels = fields.getShort(0);
        long frames = fields.getInt(2) & UINT32_MASK;
        int sampleSize = fields.getShort(6);
        double sampleRate = extended(fields.getShort(8) & 0xFFFF, fields.getLong(10));
        String compression = aifc ? Chunks.fourCc(bytes, 18) : "NONE";

        WavDecoder.checkChannelsAndRate(channels, sampleRate, "COMM chunk");
        if (sampleRate != Math.rint(sampleRate)) {
            throw new UnsupportedAudioException("sample rate " + sampleRate + " Hz is not a whole number of hertz");
        }
        PcmEncoding encoding = encoding(compression, sampleSize);
        int bitDepth = encoding.isFloat() ? encoding.bytes() * 8 : sampleSize;
        SampleFormat sampleFormat = switch (encoding.bytes()) {
            case 1 -> SampleFormat.INT8;
            case 2 -> SampleFormat.INT16;
            case 3 -> SampleFormat.INT24;
            case 4 -> encoding.isFloat() ? SampleFormat.FLOAT32 : SampleFormat.INT32;
            default -> SampleFormat.FLOAT64;
        };

        if (ssnd.size() < 8) {
            throw new CorruptAudioException("SSND chunk is " + ssnd.size() + " bytes, needs at least 8");
        }
        Chunks.readFully(channel, bytes, ssnd.body(), 8);
        long offset = fields.getInt(0) & UINT32_MASK;
        long blockSize = fields.getInt(4) & UINT32_MASK;
        if (offset > ssnd.size() - 8) {
            throw new CorruptAudioException("SSND offset " + offset + " lies beyond its " + (ssnd.size() - 8)
                    + " bytes of sound data");
        }
        long available = ssnd.size() - 8 - offset;
        long frameBytes = (long) channels * encoding.bytes();
        if (blockSize == 0 && available % frameBytes != 0) {
            throw new CorruptAudioException("SSND holds " + available + " bytes of samples, not a whole number of "
                    + frameBytes + "-byte frames");
        }
        long present = available / frameBytes;
        boolean blockPadding = blockSize > 0 && present > frames && available - frames * frameBytes < blockSize;
        if (present != frames && !blockPadding) {
            throw new CorruptAudioException("COMM declares " + frames + " frames but SSND holds " + present);
        }
        if (frames == 0) {
            throw new CorruptAudioException("no audio: COMM declares 0 frames");
        }
        AudioFormat format = new AudioFormat(aifc ? "aifc" : "aiff", sampleFormat, (int) sampleRate,
                Speaker.defaultLayout(channels), bitDepth);
        return new PcmFileDecoder(channel, fileSize, ssnd.body() + 8 + offset, frames * frameBytes, encoding, format);
    }

    private static PcmEncoding encoding(String compression, int sampleSize) throws UnsupportedAudioException {
        PcmEncoding encoding = switch (compression) {
            case "NONE", "twos" -> integer(sampleSize, ByteOrder.BIG_ENDIAN);
            case "sowt" -> integer(sampleSize, ByteOrder.LITTLE_ENDIAN);
            case "in24" -> PcmEncoding.SIGNED_24_BE;
            case "in32" -> PcmEncoding.SIGNED_32_BE;
            case "42ni" -> PcmEncoding.SIGNED_32_LE;
            case "fl32", "FL32" -> PcmEncoding.FLOAT_32_BE;
            case "fl64", "FL64" -> PcmEncoding.FLOAT_64_BE;
            default -> null;
        };
        if (encoding == null) {
            throw new UnsupportedAudioException("unsupported AIFC compression '" + compression + "'; Mixroom reads "
                    + "NONE, twos, sowt, in24, in32, 42ni, fl32 and fl64");
        }
        return encoding;
    }

    private static PcmEncoding integer(int sampleSize, ByteOrder order) throws UnsupportedAudioException {
        if (sampleSize < 1 || sampleSize > 32) {
            throw new UnsupportedAudioException("unsupported sample size: " + sampleSize
                    + "-bit PCM (AIFF allows 1 to 32)");
        }
        return PcmEncoding.signed((sampleSize + 7) / 8, order);
    }

    /** An 80-bit IEEE 754 extended-precision number: sign and 15-bit exponent, 64-bit mantissa. */
    static double extended(int signAndExponent, long mantissa) {
        int exponent = signAndExponent & 0x7FFF;
        if (exponent == 0x7FFF) {
            return Double.NaN;
        }
        double magnitude = Math.scalb(unsigned(mantissa), exponent - 16383 - 63);
        return (signAndExponent & 0x8000) != 0 ? -magnitude : magnitude;
    }

    private static double unsigned(long value) {
        double high = (double) (value >>> 1) * 2.0;
        return high + (value & 1);
    }
}
