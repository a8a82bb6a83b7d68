package org.mixroom.engine.dynamics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mixroom.engine.AnalysisReport;
import org.mixroom.engine.AudioBlock;
import org.mixroom.engine.SampleFormat;
import org.mixroom.engine.testaudio.ArraySignal;
import org.mixroom.engine.testaudio.Measure;
import org.mixroom.engine.testaudio.Variant;

class DynamicRangeMeterTest {
    @TempDir
    Path dir;

    /**
     * Ten 3 s blocks of a 0.1 sine; blocks 3 and 7 carry one click of 0.9 and 0.8 at a zero crossing. The
     * loudest 20 % are those two blocks, with RMS sqrt(2·(720 + click²)/144 000); Pk2 = 0.8, so
     * DR = 20·log10(0.8 / sqrt((0.01001125 + 0.0100088̅9)/2)) = 18.0574 dB.
     */
    @Test
    void secondLargestPeakOverLoudestBlocksRms() throws IOException {
        int fs = 48_000;
        int block = 3 * fs;
        double[] x = new double[10 * block];
        for (int n = 0; n < x.length; n++) {
            x[n] = 0.1 * Math.sin(2 * Math.PI * 1000 * n / fs);
        }
        x[3 * block + 24] = 0.9; // sin(π) = 0 there: the click replaces a zero sample
        x[7 * block + 24] = 0.8;
        double expected = 20 * Math.log10(0.8 / Math.sqrt((2 * (720 + 0.81) / block + 2 * (720 + 0.64) / block) / 2));
        AnalysisReport report = Measure.analyze(dir, "clicks", new ArraySignal(fs, new double[][] {x, x.clone()}),
                new Variant(fs, SampleFormat.FLOAT64));
        assertThat(expected).isCloseTo(18.0574, within(0.0001));
        assertThat(report.dynamicRange().meanDb()).isCloseTo(expected, within(1e-6));
        assertThat(report.dynamicRange().score()).isEqualTo(18);
    }

    @Test
    void cdRateBlocksAre132480Samples() {
        // one block of exactly 132 480 samples at 0.5, then a partial block at 0.25: the partial is kept
        DynamicRangeMeter meter = new DynamicRangeMeter(44_100, new boolean[] {true});
        feed(meter, 132_480, 0.5);
        feed(meter, 1000, 0.25);
        // two blocks → loudest 1 (RMS sqrt(2)·0.5); Pk2 = the smaller peak, 0.25
        assertThat(meter.finish().meanDb()).isCloseTo(20 * Math.log10(0.25 / (Math.sqrt(2) * 0.5)), within(1e-9));
    }

    @Test
    void silentChannelsAreLeftOutAndAllSilentIsUndefined() {
        DynamicRangeMeter meter = new DynamicRangeMeter(48_000, new boolean[] {true, true});
        AudioBlock block = new AudioBlock(2, 1000);
        block.setFrames(1000);
        java.util.Arrays.fill(block.channel(0), 0.5);
        meter.accept(block);
        assertThat(meter.finish().meanDb()).isCloseTo(20 * Math.log10(0.5 / (Math.sqrt(2) * 0.5)), within(1e-9));

        DynamicRangeMeter silent = new DynamicRangeMeter(48_000, new boolean[] {true});
        AudioBlock zeros = new AudioBlock(1, 1000);
        zeros.setFrames(1000);
        silent.accept(zeros);
        assertThat(silent.finish().score()).isNull();
    }

    private static void feed(DynamicRangeMeter meter, int frames, double value) {
        AudioBlock block = new AudioBlock(1, frames);
        java.util.Arrays.fill(block.channel(0), value);
        block.setFrames(frames);
        meter.accept(block);
    }
}
