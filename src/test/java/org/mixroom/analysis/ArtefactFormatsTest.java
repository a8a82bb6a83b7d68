package org.mixroom.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mixroom.engine.spectrum.Spectrogram;
import org.mixroom.engine.waveform.WaveformPeaks;

class ArtefactFormatsTest {

    @Test
    void writesEachPeakLevelInAudiowaveformsVersion2Layout() {
        WaveformPeaks peaks = new WaveformPeaks(48_000, 2, List.of(
                new WaveformPeaks.Level(256, new short[] {-3, 4, -5, 6, -7, 8, -9, 10}),
                new WaveformPeaks.Level(1024, new short[] {-9, 10, -32768, 32767})));

        ByteBuffer bytes = ByteBuffer.wrap(PeaksFormat.encode(peaks)).order(ByteOrder.LITTLE_ENDIAN);

        assertThat(bytes.remaining()).isEqualTo(24 + 16 + 24 + 8);
        assertThat(new int[] {bytes.getInt(), bytes.getInt(), bytes.getInt(), bytes.getInt(), bytes.getInt(),
            bytes.getInt()}).containsExactly(2, 0, 48_000, 256, 2, 2);
        assertThat(new short[] {bytes.getShort(), bytes.getShort(), bytes.getShort(), bytes.getShort()})
                .containsExactly(-3, 4, -5, 6);
        bytes.position(24 + 16);
        assertThat(new int[] {bytes.getInt(), bytes.getInt(), bytes.getInt(), bytes.getInt(), bytes.getInt(),
            bytes.getInt()}).containsExactly(2, 0, 48_000, 1024, 1, 2);
        assertThat(new short[] {bytes.getShort(), bytes.getShort(), bytes.getShort(), bytes.getShort()})
                .containsExactly(-9, 10, -32768, 32767);
    }

    @Test
    void writesTheSpectrogramWithItsHeaderBandsAndColumns() {
        Spectrogram spectrogram = new Spectrogram(44_100, 1024, new double[] {100, 1000},
                new byte[][] {{1, 2}, {(byte) 255, 0}, {7, 8}});

        ByteBuffer bytes = ByteBuffer.wrap(SpectrogramFormat.encode(spectrogram)).order(ByteOrder.LITTLE_ENDIAN);

        byte[] magic = new byte[4];
        bytes.get(magic);
        assertThat(new String(magic, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("MXSG");
        assertThat(new int[] {bytes.getInt(), bytes.getInt(), bytes.getInt(), bytes.getInt(), bytes.getInt()})
                .containsExactly(1, 44_100, 1024, 2, 3);
        assertThat(new double[] {bytes.getDouble(), bytes.getDouble()}).containsExactly(100, 1000);
        byte[] cells = new byte[6];
        bytes.get(cells);
        assertThat(cells).containsExactly(1, 2, (byte) 255, 0, 7, 8);
        assertThat(bytes.remaining()).isZero();
    }
}
