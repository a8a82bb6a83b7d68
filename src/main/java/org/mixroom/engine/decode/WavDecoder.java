package org.mixroom.engine.decode;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mixroom.engine.AudioFormat;
import org.mixroom.engine.CorruptAudioException;
import org.mixroom.engine.InvalidAudioException;
import org.mixroom.engine.SampleFormat;
import org.mixroom.engine.Speaker;
import org.mixroom.engine.UnsupportedAudioException;
import org.mixroom.engine.decode.Chunks.Chunk;

/**
 * Strict reader for WAV (RIFF/WAVE), RF64 (EBU Tech 3306) and BW64 (ITU-R BS.2088): integer PCM of 8
 * (unsigned), 16, 24 and 32 bits, IEEE float of 32 and 64 bits, plain or WAVE_FORMAT_EXTENSIBLE (PCM or
 * float sub-format, valid bits, channel mask). 64-bit sizes come from {@code ds64} where a 32-bit field
 * holds 0xFFFFFFFF; other chunks are skipped (with their pad byte).
 *
 * <p><b>RIFF files over 4 GiB.</b> A plain RIFF file cannot describe more than 4 GiB, so in a larger file
 * every 32-bit size may have wrapped. The reader then trusts the {@code data} chunk only if it is the last
 * chunk and its 32-bit size equals the bytes to end of file modulo 2^32: that congruence proves the wrap
 * (a truncated or otherwise damaged file fails it), and the data runs to end of file. Anything else is
 * refused with a message suggesting RF64/BW64.
 */
final class WavDecoder {
    static final int WAVE_FORMAT_PCM = 0x0001;
    static final int WAVE_FORMAT_IEEE_FLOAT = 0x0003;
    static final int WAVE_FORMAT_EXTENSIBLE = 0xFFFE;

    /** Bytes 2..15 of the KSDATAFORMAT_SUBTYPE_* GUIDs (the first two bytes carry the format tag). */
    private static final byte[] SUBTYPE_GUID_TAIL = {0, 0, 0, 0, 0x10, 0, (byte) 0x80, 0, 0, (byte) 0xAA, 0, 0x38,
        (byte) 0x9B, 0x71};
    private static final long NO_SIZE = 0xFFFF_FFFFL;
    private static final int MAX_DS64_TABLE = 1024;
    /** Larger 64-bit sizes (4 EiB) are nonsense, and refusing them keeps offset arithmetic from overflowing. */
    private static final long MAX_SIZE = 1L << 62;

    private static final Map<Integer, String> TAG_NAMES = Map.ofEntries(
            Map.entry(0x0002, "Microsoft ADPCM"),
            Map.entry(0x0006, "A-law"),
            Map.entry(0x0007, "mu-law"),
            Map.entry(0x0011, "IMA ADPCM"),
            Map.entry(0x0031, "GSM 6.10"),
            Map.entry(0x0050, "MPEG audio"),
            Map.entry(0x0055, "MPEG Layer 3"),
            Map.entry(0x00FF, "AAC"),
            Map.entry(0x0092, "Dolby AC-3 SPDIF"),
            Map.entry(0x2000, "Dolby AC-3"),
            Map.entry(0x2001, "DTS"),
            Map.entry(0xF1AC, "FLAC"));

    private WavDecoder() {
    }

    static PcmFileDecoder open(FileChannel channel, long fileSize) throws IOException, InvalidAudioException {
        if (fileSize < 12) {
            throw new CorruptAudioException("truncated: the file is " + fileSize + " bytes, shorter than a WAV header");
        }
        byte[] head = new byte[12];
        Chunks.readFully(channel, head, 0, 12);
        String riffId = Chunks.fourCc(head, 0);
        if (!Chunks.is(head, 8, "WAVE")) {
            throw new UnsupportedAudioException(riffId + " file of form '" + Chunks.fourCc(head, 8) + "' is not WAVE audio");
        }
        String container = switch (riffId) {
            case "RIFF" -> "wav";
            case "RF64" -> "rf64";
            case "BW64" -> "bw64";
            default -> throw new IllegalArgumentException("not a RIFF file: " + riffId);
        };
        long riffField = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN).getInt(4) & NO_SIZE;

        Ds64 ds64 = container.equals("wav") ? null : Ds64.read(channel, fileSize);
        long riffSize = riffField;
        if (riffField == NO_SIZE && ds64 != null) {
            riffSize = ds64.riffSize;
        }
        Chunks.SizeResolver sizes = Chunks.SizeResolver.AS_STORED;
        if (ds64 != null) {
            sizes = ds64::size;
        } else if (!container.equals("wav")) {
            sizes = (id, field) -> {
                if (field == NO_SIZE) {
                    throw new CorruptAudioException(id.strip() + " chunk size is 0xFFFFFFFF but the " + riffId
                            + " file has no ds64 chunk to give its real size");
                }
                return field;
            };
        }
        boolean wrapped = container.equals("wav") && fileSize > NO_SIZE + 8;
        List<Chunk> chunks = Chunks.walk(channel, fileSize, riffId, 8 + riffSize, 12, ByteOrder.LITTLE_ENDIAN, sizes,
                wrapped ? "data" : null);

        Chunk fmt = Chunks.only(chunks, "fmt ");
        Chunk data = Chunks.only(chunks, "data");
        String within = !wrapped && 8 + riffSize < fileSize ? " within the " + riffSize + " bytes the " + riffId
                + " chunk declares (the file has " + fileSize + ")" : "";
        if (fmt == null) {
            throw new CorruptAudioException("no fmt chunk" + within + ": the file does not say how its samples are stored");
        }
        if (data == null) {
            throw new CorruptAudioException("no data chunk" + within + ": the file holds no samples");
        }
        Fmt format = Fmt.read(channel, fmt);
        if (data.size() % format.blockAlign != 0) {
            throw new CorruptAudioException("data chunk holds " + data.size() + " bytes, not a whole number of "
                    + format.blockAlign + "-byte frames");
        }
        if (data.size() == 0) {
            throw new CorruptAudioException("no audio: the data chunk holds 0 frames");
        }
        AudioFormat audioFormat = new AudioFormat(container, format.sampleFormat, format.sampleRate, format.layout,
                format.bitDepth);
        return new PcmFileDecoder(channel, fileSize, data.body(), data.size(), format.encoding, audioFormat);
    }

    /** The parsed and checked fmt chunk. */
    private record Fmt(PcmEncoding encoding, SampleFormat sampleFormat, int sampleRate, List<Speaker> layout,
                       int bitDepth, int blockAlign) {

        static Fmt read(FileChannel channel, Chunk chunk) throws IOException, InvalidAudioException {
            if (chunk.size() < 16) {
                throw new CorruptAudioException("fmt chunk is " + chunk.size() + " bytes, needs at least 16");
            }
            int length = (int) Math.min(chunk.size(), 40);
            byte[] bytes = new byte[40];
            Chunks.readFully(channel, bytes, chunk.body(), length);
            ByteBuffer fields = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            int tag = fields.getShort(0) & 0xFFFF;
            int channels = fields.getShort(2) & 0xFFFF;
            long sampleRate = fields.getInt(4) & NO_SIZE;
            int blockAlign = fields.getShort(12) & 0xFFFF;
            int bits = fields.getShort(14) & 0xFFFF;

            int validBits = bits;
            long mask = 0;
            int subTag = tag;
            if (tag == WAVE_FORMAT_EXTENSIBLE) {
                int extraSize = length >= 18 ? fields.getShort(16) & 0xFFFF : 0;
                if (length < 40 || extraSize < 22) {
                    throw new CorruptAudioException("WAVE_FORMAT_EXTENSIBLE fmt chunk is " + chunk.size()
                            + " bytes with " + extraSize + " extension bytes; needs 40 bytes with 22");
                }
                validBits = fields.getShort(18) & 0xFFFF;
                mask = fields.getInt(20) & NO_SIZE;
                subTag = fields.getShort(24) & 0xFFFF;
                for (int i = 0; i < SUBTYPE_GUID_TAIL.length; i++) {
                    if (bytes[26 + i] != SUBTYPE_GUID_TAIL[i]) {
                        throw new UnsupportedAudioException("unsupported WAVE_FORMAT_EXTENSIBLE sub-format " + guid(bytes, 24));
                    }
                }
            }

            checkChannelsAndRate(channels, sampleRate, "fmt chunk");
            if (subTag != WAVE_FORMAT_PCM && subTag != WAVE_FORMAT_IEEE_FLOAT) {
                String name = TAG_NAMES.get(subTag);
                throw new UnsupportedAudioException(String.format("unsupported WAV format tag 0x%04X%s", subTag,
                        name == null ? "" : " (" + name + ")") + "; Mixroom reads PCM and IEEE float");
            }
            boolean isFloat = subTag == WAVE_FORMAT_IEEE_FLOAT;
            if (isFloat ? bits != 32 && bits != 64 : bits != 8 && bits != 16 && bits != 24 && bits != 32) {
                throw new UnsupportedAudioException("unsupported sample size: " + bits + "-bit "
                        + (isFloat ? "float (Mixroom reads 32 and 64)" : "PCM (Mixroom reads 8, 16, 24 and 32)"));
            }
            int bytesPerSample = bits / 8;
            if (blockAlign != channels * bytesPerSample) {
                throw new CorruptAudioException("block align is " + blockAlign + " bytes, expected " + channels
                        + " channels x " + bytesPerSample + " bytes = " + channels * bytesPerSample);
            }
            if (validBits == 0) {
                validBits = bits;
            }
            if (validBits > bits) {
                throw new CorruptAudioException("valid bits per sample (" + validBits + ") exceed the " + bits
                        + "-bit sample container");
            }
            PcmEncoding encoding;
            SampleFormat sampleFormat;
            int bitDepth;
            if (isFloat) {
                encoding = PcmEncoding.floating(bytesPerSample, ByteOrder.LITTLE_ENDIAN);
                sampleFormat = bits == 32 ? SampleFormat.FLOAT32 : SampleFormat.FLOAT64;
                bitDepth = bits;
            } else {
                encoding = bits == 8 ? PcmEncoding.UNSIGNED_8 : PcmEncoding.signed(bytesPerSample, ByteOrder.LITTLE_ENDIAN);
                sampleFormat = SampleFormat.integer(bits);
                bitDepth = validBits;
            }
            List<Speaker> layout = mask != 0 ? Speaker.fromMask(mask, channels) : Speaker.defaultLayout(channels);
            return new Fmt(encoding, sampleFormat, (int) sampleRate, layout, bitDepth, blockAlign);
        }
    }

    /** Channel count and sample rate within Mixroom's limits (analysis-spec section 3). */
    static void checkChannelsAndRate(long channels, double sampleRate, String where) throws InvalidAudioException {
        if (channels <= 0) {
            throw new CorruptAudioException(where + " declares " + channels + " channels");
        }
        if (channels > AudioFormat.MAX_CHANNELS) {
            throw new UnsupportedAudioException(channels + " channels; Mixroom reads at most " + AudioFormat.MAX_CHANNELS);
        }
        if (!(sampleRate > 0)) {
            throw new CorruptAudioException(where + " declares a sample rate of " + formatRate(sampleRate) + " Hz");
        }
        if (sampleRate < AudioFormat.MIN_SAMPLE_RATE || sampleRate > AudioFormat.MAX_SAMPLE_RATE) {
            throw new UnsupportedAudioException("sample rate " + formatRate(sampleRate) + " Hz is outside "
                    + AudioFormat.MIN_SAMPLE_RATE + "-" + AudioFormat.MAX_SAMPLE_RATE + " Hz");
        }
    }

    private static String formatRate(double rate) {
        return rate == Math.rint(rate) && Math.abs(rate) < 1e15 ? Long.toString((long) rate) : Double.toString(rate);
    }

    private static String guid(byte[] b, int o) {
        ByteBuffer f = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        StringBuilder s = new StringBuilder(String.format("{%08X-%04X-%04X-", f.getInt(o), f.getShort(o + 4),
                f.getShort(o + 6)));
        for (int i = 8; i < 16; i++) {
            s.append(String.format("%02X", b[o + i]));
            if (i == 9) {
                s.append('-');
            }
        }
        return s.append('}').toString();
    }

    /** The ds64 chunk of RF64/BW64: 64-bit sizes of the RIFF, the data chunk and (in a table) other chunks. */
    private record Ds64(long riffSize, long dataSize, Map<String, Long> table) {

        static Ds64 read(FileChannel channel, long fileSize) throws IOException, InvalidAudioException {
            if (fileSize < 20) {
                throw new CorruptAudioException("truncated: the file is " + fileSize + " bytes, too short for a ds64 chunk");
            }
            byte[] bytes = new byte[36];
            Chunks.readFully(channel, bytes, 12, 8);
            if (!Chunks.is(bytes, 0, "ds64")) {
                return null;
            }
            ByteBuffer fields = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            long size = fields.getInt(4) & NO_SIZE;
            if (size < 28) {
                throw new CorruptAudioException("ds64 chunk is " + size + " bytes, needs at least 28");
            }
            if (size > fileSize - 20) {
                throw Chunks.truncated("ds64 chunk", size, fileSize - 20);
            }
            Chunks.readFully(channel, bytes, 20, 28);
            long riffSize = fields.getLong(0);
            long dataSize = fields.getLong(8);
            long tableLength = fields.getInt(24) & NO_SIZE;
            if (riffSize < 0 || dataSize < 0 || riffSize > MAX_SIZE || dataSize > MAX_SIZE) {
                throw new CorruptAudioException("ds64 chunk declares an impossible size (RIFF " + Long.toUnsignedString(
                        riffSize) + ", data " + Long.toUnsignedString(dataSize) + " bytes)");
            }
            Map<String, Long> table = new HashMap<>();
            long entries = Math.min(Math.min(tableLength, (size - 28) / 12), MAX_DS64_TABLE);
            for (int i = 0; i < entries; i++) {
                Chunks.readFully(channel, bytes, 48 + 12L * i, 12);
                long entrySize = fields.getLong(4);
                if (entrySize < 0 || entrySize > MAX_SIZE) {
                    throw new CorruptAudioException("ds64 table declares an impossible size ("
                            + Long.toUnsignedString(entrySize) + " bytes)");
                }
                table.putIfAbsent(Chunks.fourCc(bytes, 0), entrySize);
            }
            return new Ds64(riffSize, dataSize, Map.copyOf(table));
        }

        long size(String id, long field) throws CorruptAudioException {
            if (field != NO_SIZE) {
                return field;
            }
            if (id.equals("data")) {
                return dataSize;
            }
            Long size = table.get(id);
            if (size == null) {
                throw new CorruptAudioException(id.strip() + " chunk size is 0xFFFFFFFF but the ds64 chunk does not list it");
            }
            return size;
        }
    }
}
