package org.mixroom.engine.peak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mixroom.engine.AnalysisReport;
import org.mixroom.engine.AudioBlock;
import org.mixroom.engine.decode.AudioDecoder;
import org.mixroom.engine.decode.AudioDecoders;
import org.mixroom.engine.testaudio.ArraySignal;
import org.mixroom.engine.testaudio.Measure;
import org.mixroom.engine.testaudio.Variant;
import org.mixroom.engine.testaudio.WavWriter;

/**
 * EBU Tech 3341 v4 true-peak cases 15–23 at 44.1, 48 and 96 kHz in 16-bit, 24-bit and float: within the
 * EBU tolerance (+0.2/−0.4 dB) of the nominal level and within ±0.05 dB of a near-ideal 16x true peak of
 * the same decoded samples.
 */
class Tech3341TruePeakTest {
    static final double EBU_OVER = 0.2;
    static final double EBU_UNDER = 0.4;
    static final double QUALITY = 0.05;

    @TempDir
    Path dir;

    static List<Variant> variants() {
        return Variant.all();
    }

    @ParameterizedTest(name = "cases 15-19 at {0}")
    @MethodSource("variants")
    void sineCasesReadTheirNominalPeak(Variant v) throws IOException {
        int fs = v.sampleRate();
        assertTruePeak(v, "case15", TruePeakSignals.sine(fs, 4, -6, 0), -6);
        assertTruePeak(v, "case16", TruePeakSignals.sine(fs, 4, -6, 45), -6);
        assertTruePeak(v, "case17", TruePeakSignals.sine(fs, 6, -6, 60), -6);
        assertTruePeak(v, "case18", TruePeakSignals.sine(fs, 8, -6, 67.5), -6);
        assertTruePeak(v, "case19", TruePeakSignals.sine(fs, 4, 3, 45), 3);
    }

    @ParameterizedTest(name = "cases 20-23 at {0}")
    @MethodSource("variants")
    void burstCasesReadZeroAtEveryDecimationOffset(Variant v) throws IOException {
        for (int offset = 0; offset < 4; offset++) {
            assertTruePeak(v, "case" + (20 + offset), TruePeakSignals.burst(v.sampleRate(), offset), 0);
        }
    }

    @Test
    void burstSamplePeaksMatchTheSpecificationsTable() {
        double[] expected = {-0.154, -0.551, -2.641, -0.551};
        for (int offset = 0; offset < 4; offset++) {
            double[] x = TruePeakSignals.burst(48_000, offset).samples()[0];
            assertThat(20 * Math.log10(Magnitudes.max(x, 0, x.length)))
                    .as("offset %d", offset).isCloseTo(expected[offset], within(0.001));
        }
    }

    private void assertTruePeak(Variant v, String name, ArraySignal signal, double nominal) throws IOException {
        Path file = WavWriter.write(dir.resolve(name + ".wav"), signal, v.format());
        AnalysisReport report = Measure.analyze(file);
        double measured = report.truePeakDbtp();
        double ideal = IdealTruePeak.dbtp(decodedLeftChannel(file));
        assertThat(measured).as("%s true peak", name).isBetween(nominal - EBU_UNDER, nominal + EBU_OVER)
                .isCloseTo(ideal, within(QUALITY));
        assertThat(measured).as("%s true peak is never below sample peak", name)
                .isGreaterThanOrEqualTo(report.samplePeakDbfs());
    }

    private static double[] decodedLeftChannel(Path file) throws IOException {
        try (AudioDecoder decoder = AudioDecoders.open(file)) {
            AudioBlock block = new AudioBlock(decoder.format().channels(), 1 << 20);
            double[] all = new double[0];
            while (decoder.read(block)) {
                int old = all.length;
                all = java.util.Arrays.copyOf(all, old + block.frames());
                System.arraycopy(block.channel(0), 0, all, old, block.frames());
            }
            return all;
        } catch (org.mixroom.engine.InvalidAudioException e) {
            throw new AssertionError(e);
        }
    }
}
