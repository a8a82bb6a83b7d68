package org.mixroom.engine.waveform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mixroom.engine.AudioBlock;

class WaveformPeaksMeterTest {
    @Test
    void minimaRoundDownMaximaRoundUpPerChannelAndPixel() {
        WaveformPeaksMeter meter = new WaveformPeaksMeter(48_000, 2);
        AudioBlock block = new AudioBlock(2, 300);
        block.setFrames(300);
        block.channel(0)[10] = 0.5;        // 16383.5 → max 16384
        block.channel(0)[20] = -0.25;      // −8191.75 → min −8192
        block.channel(1)[5] = 1.5;         // a float over clamps to 32767
        block.channel(1)[299] = -1.0;      // in the second pixel: −32767
        meter.accept(block);
        WaveformPeaks peaks = meter.finish();
        short[] finest = peaks.levels().getFirst().data();
        assertThat(peaks.levels().getFirst().samplesPerPixel()).isEqualTo(256);
        assertThat(finest).containsExactly(
                (short) -8192, (short) 16384, (short) 0, (short) 32767,   // pixel 0: ch0 min/max, ch1 min/max
                (short) 0, (short) 0, (short) -32767, (short) 0);        // pixel 1 (frames 256–299)
    }

    @Test
    void coarserLevelsCoverFourFinerPixelsEach() {
        WaveformPeaksMeter meter = new WaveformPeaksMeter(48_000, 1);
        AudioBlock block = new AudioBlock(1, 17);
        int frames = 256 * 9 + 3;
        for (int start = 0; start < frames; start += 17) {
            int n = Math.min(17, frames - start);
            for (int i = 0; i < n; i++) {
                int frame = start + i;
                block.channel(0)[i] = frame == 256 * 5 + 7 ? -0.5 : frame == 256 * 8 + 1 ? 0.75 : 0.0;
            }
            block.setFrames(n);
            meter.accept(block);
        }
        WaveformPeaks peaks = meter.finish();
        assertThat(peaks.levels()).extracting(WaveformPeaks.Level::samplesPerPixel)
                .containsExactly(256, 1024, 4096, 16_384, 65_536);
        assertThat(peaks.levels().get(0).pixels(1)).isEqualTo(10);
        assertThat(peaks.levels().get(1).data()).containsExactly(
                (short) 0, (short) 0, (short) -16384, (short) 0, (short) 0, (short) 24576);
        assertThat(peaks.levels().get(2).data()).containsExactly((short) -16384, (short) 24576);
        assertThat(peaks.levels().get(4).data()).containsExactly((short) -16384, (short) 24576);
    }
}
