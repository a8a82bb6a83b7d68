package org.mixroom.engine.testaudio;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mixroom.engine.SampleFormat;

/**
 * Writes test signals as WAV files: integer PCM rounded without dither (clamped to the code range),
 * float as stored. With a channel mask the file is WAVE_FORMAT_EXTENSIBLE.
 */
public final class WavWriter {
    private static final int WAVE_FORMAT_PCM = 1;
    private static final int WAVE_FORMAT_IEEE_FLOAT = 3;
    private static final int WAVE_FORMAT_EXTENSIBLE = 0xFFFE;

    private WavWriter() {
    }

    public static Path write(Path file, Signal signal, SampleFormat format) throws IOException {
        return write(file, signal, format, -1);
    }

    /** Writes {@code signal}; a {@code channelMask} of -1 writes a plain header without a mask. */
    public static Path write(Path file, Signal signal, SampleFormat format, long channelMask) throws IOException {
        int channels = signal.channels();
        int bytesPerSample = format.bits() / 8;
        long dataBytes = signal.frames() * channels * (long) bytesPerSample;
        boolean extensible = channelMask >= 0;
        int fmtSize = extensible ? 40 : 16;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            ByteBuffer header = ByteBuffer.allocate(20 + fmtSize + 8).order(ByteOrder.LITTLE_ENDIAN);
            header.put(ascii("RIFF")).putInt((int) (4 + 8 + fmtSize + 8 + dataBytes)).put(ascii("WAVE"));
            header.put(ascii("fmt ")).putInt(fmtSize);
            int tag = format.isFloat() ? WAVE_FORMAT_IEEE_FLOAT : WAVE_FORMAT_PCM;
            header.putShort((short) (extensible ? WAVE_FORMAT_EXTENSIBLE : tag)).putShort((short) channels);
            header.putInt(signal.sampleRate()).putInt(signal.sampleRate() * channels * bytesPerSample);
            header.putShort((short) (channels * bytesPerSample)).putShort((short) format.bits());
            if (extensible) {
                header.putShort((short) 22).putShort((short) format.bits()).putInt((int) channelMask);
                header.putShort((short) tag).put(new byte[] {0, 0, 0, 0, 0x10, 0, (byte) 0x80, 0, 0, (byte) 0xAA, 0,
                    0x38, (byte) 0x9B, 0x71});
            }
            header.put(ascii("data")).putInt((int) dataBytes);
            out.write(header.array(), 0, header.position());
            writeSamples(out, signal, format);
        }
        return file;
    }

    private static void writeSamples(OutputStream out, Signal signal, SampleFormat format) throws IOException {
        int channels = signal.channels();
        int chunk = 4096;
        double[][] block = new double[channels][chunk];
        ByteBuffer bytes = ByteBuffer.allocate(chunk * channels * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (long start = 0; start < signal.frames(); start += chunk) {
            int n = (int) Math.min(chunk, signal.frames() - start);
            signal.fill(start, n, block);
            bytes.clear();
            for (int i = 0; i < n; i++) {
                for (int c = 0; c < channels; c++) {
                    putSample(bytes, block[c][i], format);
                }
            }
            out.write(bytes.array(), 0, bytes.position());
        }
    }

    private static void putSample(ByteBuffer bytes, double x, SampleFormat format) {
        switch (format) {
            case UINT8 -> bytes.put((byte) (quantize(x, 8) + 128));
            case INT16 -> bytes.putShort((short) quantize(x, 16));
            case INT24 -> {
                long v = quantize(x, 24);
                bytes.put((byte) v).put((byte) (v >> 8)).put((byte) (v >> 16));
            }
            case INT32 -> bytes.putInt((int) quantize(x, 32));
            case FLOAT32 -> bytes.putFloat((float) x);
            case FLOAT64 -> bytes.putDouble(x);
            case LOSSY -> throw new IllegalArgumentException("cannot write a lossy format");
        }
    }

    /** Rounds to the nearest code of a {@code bits}-bit signed integer, clamped to its range. */
    static long quantize(double x, int bits) {
        double scale = Math.pow(2, bits - 1);
        long code = Math.round(x * scale);
        return Math.max(-(long) scale, Math.min((long) scale - 1, code));
    }

    static byte[] ascii(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
