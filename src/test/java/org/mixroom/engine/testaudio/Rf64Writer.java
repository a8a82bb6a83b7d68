package org.mixroom.engine.testaudio;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mixroom.engine.SampleFormat;

/**
 * Writes test signals as RF64 (EBU Tech 3306) or BW64 (ITU-R BS.2088): 0xFFFFFFFF in the 32-bit RIFF and
 * data sizes, the real sizes in a ds64 chunk right after "WAVE".
 */
public final class Rf64Writer {
    private Rf64Writer() {
    }

    /**
     * @param form        "RF64" or "BW64"
     * @param channelMask a WAVE_FORMAT_EXTENSIBLE mask, or -1 for a plain fmt chunk
     */
    public static Path write(Path file, Signal signal, SampleFormat format, String form, long channelMask)
            throws IOException {
        int channels = signal.channels();
        int bytes = format.bits() / 8;
        long dataBytes = signal.frames() * channels * bytes;
        boolean extensible = channelMask >= 0;
        int fmtSize = extensible ? 40 : 16;
        long riffSize = 4 + (8 + 28) + (8 + fmtSize) + 8 + dataBytes + (dataBytes & 1);
        ByteBuffer header = ByteBuffer.allocate(12 + 36 + 8 + fmtSize + 8).order(ByteOrder.LITTLE_ENDIAN);
        header.put(ascii(form)).putInt(-1).put(ascii("WAVE"));
        header.put(ascii("ds64")).putInt(28).putLong(riffSize).putLong(dataBytes).putLong(signal.frames()).putInt(0);
        header.put(ascii("fmt ")).putInt(fmtSize);
        int tag = format.isFloat() ? 3 : 1;
        header.putShort((short) (extensible ? 0xFFFE : tag)).putShort((short) channels);
        header.putInt(signal.sampleRate()).putInt(signal.sampleRate() * channels * bytes);
        header.putShort((short) (channels * bytes)).putShort((short) format.bits());
        if (extensible) {
            header.putShort((short) 22).putShort((short) format.bits()).putInt((int) channelMask);
            header.putShort((short) tag).put(new byte[] {0, 0, 0, 0, 0x10, 0, (byte) 0x80, 0, 0, (byte) 0xAA, 0, 0x38,
                (byte) 0x9B, 0x71});
        }
        header.put(ascii("data")).putInt(-1);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(header.array(), 0, header.position());
            PcmBytes.Kind kind = format.isFloat() ? PcmBytes.Kind.FLOAT
                    : format == SampleFormat.UINT8 ? PcmBytes.Kind.UNSIGNED : PcmBytes.Kind.SIGNED;
            PcmBytes.write(out, signal, kind, bytes, format.bits(), ByteOrder.LITTLE_ENDIAN);
            if ((dataBytes & 1) != 0) {
                out.write(0);
            }
        }
        return file;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
