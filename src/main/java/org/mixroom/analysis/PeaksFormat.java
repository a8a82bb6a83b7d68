package org.mixroom.analysis;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.mixroom.engine.waveform.WaveformPeaks;

/**
 * The stored waveform peaks: every zoom level, finest first, each in the layout of audiowaveform's binary
 * data format version 2 (little-endian): int32 version = 2, uint32 flags = 0 (16-bit values), int32 sample
 * rate, int32 samples per pixel, uint32 length in pixels, int32 channels, then per pixel and channel an
 * int16 minimum and maximum. See docs/formats/peaks.md.
 */
final class PeaksFormat {
    static final int VERSION = 2;
    static final int HEADER_BYTES = 24;

    private PeaksFormat() {
    }

    static byte[] encode(WaveformPeaks peaks) {
        int size = 0;
        for (WaveformPeaks.Level level : peaks.levels()) {
            size += HEADER_BYTES + 2 * level.data().length;
        }
        ByteBuffer out = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        for (WaveformPeaks.Level level : peaks.levels()) {
            out.putInt(VERSION).putInt(0).putInt(peaks.sampleRate()).putInt(level.samplesPerPixel())
                    .putInt(level.pixels(peaks.channels())).putInt(peaks.channels());
            for (short value : level.data()) {
                out.putShort(value);
            }
        }
        return out.array();
    }
}
