package org.mixroom.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mixroom.engine.testaudio.ArraySignal;
import org.mixroom.engine.testaudio.Measure;
import org.mixroom.engine.testaudio.PiecewiseSignal;
import org.mixroom.engine.testaudio.Variant;

/** The edge cases of analysis-spec §2.5: undefined values are null, never −Infinity, NaN, 0 or −70. */
class EdgeCasesTest {
    static final Variant FLOAT_48K = new Variant(48_000, SampleFormat.FLOAT32);
    static final Variant INT24_48K = new Variant(48_000, SampleFormat.INT24);

    @TempDir
    Path dir;

    @Test
    void digitalSilenceLeavesEveryLevelUndefined() throws IOException {
        var silence = PiecewiseSignal.sine(1000, 48_000, 2).silence(10).build();
        AnalysisReport report = Measure.analyze(dir, "silence", silence, INT24_48K);
        String json = ReportJson.write(report);
        for (String key : new String[] {"integratedLufs", "loudnessRangeLu", "lraLowLufs", "lraHighLufs",
            "maxMomentaryLufs", "maxShortTermLufs", "samplePeakDbfs", "truePeakDbtp", "plrDb", "psrDb",
            "crestFactorDb", "rmsDbfs", "drScore", "correlation", "sideToMidDb", "balanceDb"}) {
            assertThat(json).as(key).contains("\"" + key + "\": null");
        }
        assertThat(json).doesNotContain("Infinity", "NaN", "-70");
        assertThat(json).contains("\"samplePeakDbfsPerChannel\": [null, null]", "\"dcOffset\": [0.0, 0.0]",
                "\"clippedSampleRuns\": 0");
        assertThat(report.loudness().momentaryLufs()).hasSize(100).containsOnly(Double.NaN);
        assertThat(report.spectrum().thirdOctaveLevelsDb()).containsOnly(Double.NaN);
        assertThat(report.spectrum().longTermLevelsDb()).containsOnly(Double.NaN);
    }

    @Test
    void fileShorterThanAGatingBlockHasPeaksButNoLoudness() throws IOException {
        var tone = PiecewiseSignal.sine(1000, 48_000, 2).level(0.3, -23).build();
        AnalysisReport report = Measure.analyze(dir, "short", tone, FLOAT_48K);
        var loudness = report.loudness();
        assertThat(new double[] {loudness.integratedLufs(), loudness.loudnessRangeLu(), loudness.maxMomentaryLufs(),
            loudness.maxShortTermLufs()}).containsOnly(Double.NaN);
        assertThat(loudness.momentaryLufs()).hasSize(3).containsOnly(Double.NaN);
        assertThat(loudness.shortTermLufs()).hasSize(3).containsOnly(Double.NaN);
        assertThat(report.samplePeakDbfs()).isCloseTo(-23.00, within(0.005));
        assertThat(report.truePeakDbtp()).isCloseTo(-23.00, within(0.005));
        assertThat(report.rmsDbfs()).isCloseTo(-26.01, within(0.005));
        assertThat(report.crestFactorDb()).isCloseTo(3.01, within(0.005));
    }

    @Test
    void fullScaleSquareWaveClipsAndOvershootsBetweenSamples() throws IOException {
        int frames = 480_000;
        double[] square = new double[frames];
        for (int n = 0; n < frames; n++) {
            square[n] = n % 48 < 24 ? 1.0 : -1.0;
        }
        var signal = new ArraySignal(48_000, new double[][] {square, square.clone()});
        AnalysisReport report = Measure.analyze(dir, "square", signal, INT24_48K);
        assertThat(report.samplePeakDbfs()).isCloseTo(0.00, within(0.005));
        assertThat(report.rmsDbfs()).isCloseTo(0.00, within(0.005));
        assertThat(report.crestFactorDb()).isCloseTo(0.00, within(0.005));
        assertThat(report.truePeakDbtp()).isCloseTo(2.06, within(0.05));
        assertThat(report.loudness().integratedLufs()).isCloseTo(3.83, within(0.02));
        assertThat(report.levels().clippedSampleRuns()).isEqualTo(40_000);
    }

    @Test
    void floatOversAreKeptAsTheyAre() throws IOException {
        var hot = PiecewiseSignal.sine(1000, 48_000, 2).level(10, 2.0).build();
        AnalysisReport report = Measure.analyze(dir, "hot", hot, FLOAT_48K);
        assertThat(report.samplePeakDbfs()).isCloseTo(2.00, within(0.005));
        assertThat(report.truePeakDbtp()).isCloseTo(2.00, within(0.005));
        assertThat(report.loudness().integratedLufs()).isCloseTo(2.007, within(0.02));
        assertThat(report.levels().clippedSampleRuns()).isPositive();
        assertThat(ReportJson.write(report)).contains("\"samplePeakDbfs\": 2.0");
    }

    @Test
    void monoFileHasNoStereoSection() throws IOException {
        var mono = PiecewiseSignal.sine(1000, 48_000, 1).level(5, -20).build();
        AnalysisReport report = Measure.analyze(dir, "mono", mono, INT24_48K);
        assertThat(report.stereo()).isNull();
        assertThat(ReportJson.write(report)).contains("\"stereo\": null");
    }

    @Test
    void identicalChannelsCorrelateFullyWithNoSide() throws IOException {
        var tone = PiecewiseSignal.sine(1000, 48_000, 2).level(5, -20).build();
        var stereo = Measure.analyze(dir, "same", tone, INT24_48K).stereo();
        assertThat(stereo.correlation()).isEqualTo(1.0);
        assertThat(stereo.sideToMidDb()).isNaN();
        assertThat(stereo.balanceDb()).isEqualTo(0.0);
    }

    @Test
    void balanceAndCorrelationOfUnequalChannels() throws IOException {
        var tone = PiecewiseSignal.sine(1000, 48_000, 2).levels(5, -20, -26).build();
        var stereo = Measure.analyze(dir, "unequal", tone, FLOAT_48K).stereo();
        assertThat(stereo.balanceDb()).isCloseTo(6.0, within(0.001));
        assertThat(stereo.correlation()).isCloseTo(1.0, within(1e-9));
        double l = Math.pow(10, -20 / 20.0);
        double r = Math.pow(10, -26 / 20.0);
        assertThat(stereo.sideToMidDb()).isCloseTo(20 * Math.log10((l - r) / (l + r)), within(0.001));
    }

    @Test
    void dcOffsetIsTheMeanPerChannel() throws IOException {
        double[] left = new double[48_000];
        double[] right = new double[48_000];
        Arrays.fill(left, 0.25);
        Arrays.fill(right, -0.125);
        AnalysisReport report = Measure.analyze(dir, "dc", new ArraySignal(48_000, new double[][] {left, right}),
                FLOAT_48K);
        assertThat(report.levels().dcOffsetPerChannel()).containsExactly(0.25, -0.125);
    }
}
