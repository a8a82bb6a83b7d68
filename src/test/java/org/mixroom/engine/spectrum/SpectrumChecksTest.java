package org.mixroom.engine.spectrum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mixroom.engine.AnalysisReport;
import org.mixroom.engine.SampleFormat;
import org.mixroom.engine.testaudio.Measure;
import org.mixroom.engine.testaudio.SumOfSines;
import org.mixroom.engine.testaudio.Variant;
import org.mixroom.engine.testaudio.WhiteNoise;

/** The spectrum checks of analysis-spec §2.4. */
class SpectrumChecksTest {
    @TempDir
    Path dir;

    @Test
    void multitoneReadsEachTonesPowerInItsBandAndLittleElsewhere() throws IOException {
        int tones = 10;
        double[] frequencies = new double[tones];
        double[] peaks = new double[tones];
        for (int t = 0; t < tones; t++) {
            frequencies[t] = 1000 * Math.pow(10, (-15 + 3 * t) / 10.0);
            peaks[t] = -24 - 2 * t;
        }
        var signal = new SumOfSines(48_000, 2, 30 * 48_000L, frequencies, peaks);
        AnalysisReport report = Measure.analyze(dir, "multitone", signal, new Variant(48_000, SampleFormat.INT24));
        double[] centres = report.spectrum().thirdOctaveCentersHz();
        double[] levels = report.spectrum().thirdOctaveLevelsDb();
        assertThat(centres).hasSize(31);
        for (int b = 0; b < centres.length; b++) {
            int tone = toneIndex(frequencies, centres[b]);
            if (tone >= 0) {
                assertThat(levels[b]).as("band %.1f Hz", centres[b]).isCloseTo(peaks[tone] - 3.0103, within(0.01));
            } else {
                assertThat(levels[b]).as("band %.1f Hz", centres[b])
                        .isLessThanOrEqualTo(nearestToneBandLevel(levels, centres, frequencies, b) - 50);
            }
        }
        double[] longTermHz = report.spectrum().longTermFrequenciesHz();
        double[] longTerm = report.spectrum().longTermLevelsDb();
        assertThat(longTermHz).hasSize(241);
        for (double f : frequencies) {
            int point = nearest(longTermHz, f);
            assertThat(longTerm[point]).as("long-term peak at %.1f Hz", f)
                    .isGreaterThan(longTerm[point - 1]).isGreaterThan(longTerm[point + 1]);
        }
    }

    @Test
    void whiteNoiseBandsFollowTheirBandwidth() throws IOException {
        int fs = 48_000;
        var noise = new WhiteNoise(fs, 2, 30L * fs, 0.1, 42);
        AnalysisReport report = Measure.analyze(dir, "noise", noise, new Variant(fs, SampleFormat.FLOAT32));
        double[] centres = report.spectrum().thirdOctaveCentersHz();
        double[] levels = report.spectrum().thirdOctaveLevelsDb();
        for (int b = 0; b < centres.length; b++) {
            double expected = 10 * Math.log10(0.01 * (Math.pow(10, 0.05) - Math.pow(10, -0.05)) * centres[b] / (fs / 2.0));
            double tolerance = centres[b] >= 100 ? 0.3 : 0.6;
            assertThat(levels[b]).as("band %.1f Hz", centres[b]).isCloseTo(expected, within(tolerance));
        }
        assertThat(levels[17]).as("1 kHz band").isCloseTo(-40.17, within(0.3));
    }

    private static int toneIndex(double[] frequencies, double centre) {
        for (int t = 0; t < frequencies.length; t++) {
            if (Math.abs(frequencies[t] / centre - 1) < 1e-9) {
                return t;
            }
        }
        return -1;
    }

    /** The level of the tone band closest to band b (the louder one when two are equally close). */
    private static double nearestToneBandLevel(double[] levels, double[] centres, double[] frequencies, int b) {
        for (int distance = 1; distance < centres.length; distance++) {
            double level = Double.NEGATIVE_INFINITY;
            for (int candidate : new int[] {b - distance, b + distance}) {
                if (candidate >= 0 && candidate < centres.length && toneIndex(frequencies, centres[candidate]) >= 0) {
                    level = Math.max(level, levels[candidate]);
                }
            }
            if (level > Double.NEGATIVE_INFINITY) {
                return level;
            }
        }
        throw new IllegalStateException("no tone band");
    }

    private static int nearest(double[] grid, double f) {
        int best = 0;
        for (int i = 1; i < grid.length; i++) {
            if (Math.abs(Math.log(grid[i] / f)) < Math.abs(Math.log(grid[best] / f))) {
                best = i;
            }
        }
        return best;
    }
}
