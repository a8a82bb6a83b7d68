package org.mixroom.engine.spectrum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.mixroom.engine.AudioBlock;

class SpectrogramMeterTest {
    @Test
    void windowIsThePowerOfTwoNearest85Milliseconds() {
        assertThat(SpectrogramMeter.nearestPowerOfTwo(0.085 * 48_000)).isEqualTo(4096);
        assertThat(SpectrogramMeter.nearestPowerOfTwo(0.085 * 44_100)).isEqualTo(4096);
        assertThat(SpectrogramMeter.nearestPowerOfTwo(0.085 * 96_000)).isEqualTo(8192);
        assertThat(SpectrogramMeter.nearestPowerOfTwo(0.085 * 22_050)).isEqualTo(2048);
    }

    @Test
    void fullScaleToneShowsInItsBandInEveryColumn() {
        int fs = 48_000;
        SpectrogramMeter meter = new SpectrogramMeter(fs, 2);
        AudioBlock block = new AudioBlock(2, 1000);
        for (int start = 0; start < fs; start += 1000) {
            for (int i = 0; i < 1000; i++) {
                double x = Math.sin(2 * Math.PI * 1000 * (start + i) / fs);
                block.channel(0)[i] = x;
                block.channel(1)[i] = x;
            }
            block.setFrames(1000);
            meter.accept(block);
        }
        Spectrogram spectrogram = meter.finish();
        assertThat(spectrogram.hopFrames()).isEqualTo(2400);
        assertThat(spectrogram.bandCentersHz()).hasSize(121);
        assertThat(spectrogram.columns().length).isEqualTo(20); // windows start at 0, 2400, …, 45 600
        int band1k = 68; // 1000·10^(0/40)
        assertThat(spectrogram.bandCentersHz()[band1k]).isEqualTo(1000.0);
        // full columns read the sine's −3.01 dB; later ones run past the end and read less
        assertThat(Spectrogram.levelDb(spectrogram.columns()[0][band1k])).isCloseTo(-3.0, within(0.5));
        assertThat(Spectrogram.levelDb(spectrogram.columns()[19][band1k])).isLessThan(-3.5);
        for (int j = 0; j <= 18; j++) { // the windows that lie wholly inside the file
            assertThat(Spectrogram.levelDb(spectrogram.columns()[j][band1k - 24])).as("250 Hz in column %d", j)
                    .isLessThan(-100);
        }
    }
}
