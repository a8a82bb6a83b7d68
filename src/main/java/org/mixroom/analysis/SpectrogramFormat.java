package org.mixroom.analysis;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.mixroom.engine.spectrum.Spectrogram;

/**
 * The stored display spectrogram (little-endian): the ASCII magic {@code MXSG}, int32 version = 1, int32
 * sample rate, int32 hop in frames, int32 band count B, int32 column count C, B float64 band centres in Hz,
 * then C columns of B unsigned bytes, level dB = byte / 2 − 127.5. See docs/formats/spectrogram.md.
 */
final class SpectrogramFormat {
    static final int VERSION = 1;

    private SpectrogramFormat() {
    }

    static byte[] encode(Spectrogram spectrogram) {
        int bands = spectrogram.bandCentersHz().length;
        int columns = spectrogram.columns().length;
        ByteBuffer out = ByteBuffer.allocate(24 + 8 * bands + bands * columns).order(ByteOrder.LITTLE_ENDIAN);
        out.put(new byte[] {'M', 'X', 'S', 'G'}).putInt(VERSION).putInt(spectrogram.sampleRate())
                .putInt(spectrogram.hopFrames()).putInt(bands).putInt(columns);
        for (double centre : spectrogram.bandCentersHz()) {
            out.putDouble(centre);
        }
        for (byte[] column : spectrogram.columns()) {
            out.put(column, 0, bands);
        }
        return out.array();
    }
}
