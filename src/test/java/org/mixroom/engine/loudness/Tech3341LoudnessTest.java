package org.mixroom.engine.loudness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mixroom.engine.testaudio.Measure;
import org.mixroom.engine.testaudio.Measure.LoudnessTrace;
import org.mixroom.engine.testaudio.PiecewiseSignal;
import org.mixroom.engine.testaudio.Variant;

/**
 * EBU Tech 3341 v4 loudness cases 1–6 and 9–14, synthesised at 44.1, 48 and 96 kHz in 16-bit, 24-bit and
 * float WAV and read back through the decoder. Each case asserts the EBU tolerance (±0.1 LU) and Mixroom's
 * quality bar: I, max M and max S within ±0.02 LU of the analytic value of analysis-spec §2.1.
 */
class Tech3341LoudnessTest {
    static final double EBU = 0.1;
    static final double QUALITY = 0.02;
    static final double TONE_HZ = 1000;

    @TempDir
    Path dir;

    static List<Variant> variants() {
        return Variant.all();
    }

    /** The analytic reading of a steady stereo 1 kHz tone, relative to its level (case 1 minus −23). */
    static double toneOffset(Variant v) {
        return v.byRate(-22.991, -22.993, -23.011) + 23;
    }

    static PiecewiseSignal.Builder stereoTone(Variant v) {
        return PiecewiseSignal.sine(TONE_HZ, v.sampleRate(), 2);
    }

    @ParameterizedTest(name = "case 1 at {0}")
    @MethodSource("variants")
    void case1SteadyToneAtMinus23ReadsMinus23Everywhere(Variant v) throws IOException {
        assertSteadyTone(v, -23);
    }

    @ParameterizedTest(name = "case 2 at {0}")
    @MethodSource("variants")
    void case2SteadyToneAtMinus33ReadsMinus33Everywhere(Variant v) throws IOException {
        assertSteadyTone(v, -33);
    }

    private void assertSteadyTone(Variant v, double level) throws IOException {
        LoudnessTrace trace = Measure.loudness(dir, "tone", stereoTone(v).level(20, level).build(), v);
        double analytic = level + toneOffset(v);
        LoudnessResult r = trace.result();
        assertThat(r.integratedLufs()).isCloseTo(analytic, within(QUALITY));
        assertThat(r.maxMomentaryLufs()).isCloseTo(analytic, within(QUALITY));
        assertThat(r.maxShortTermLufs()).isCloseTo(analytic, within(QUALITY));
        assertSeriesWithin(trace.momentary10ms(), v, 1.0, level);
        assertSeriesWithin(trace.shortTerm10ms(), v, 3.0, level);
    }

    /** Every value of a 10 ms series whose window ends after {@code afterSeconds} is within ±0.1 of target. */
    private static void assertSeriesWithin(double[] series, Variant v, double afterSeconds, double target) {
        int checked = 0;
        for (int k = 1; k <= series.length; k++) {
            if (k * 10 > afterSeconds * 1000) {
                assertThat(series[k - 1]).as("window ending at sub-block %d", k).isCloseTo(target, within(EBU));
                checked++;
            }
        }
        assertThat(checked).isPositive();
    }

    @ParameterizedTest(name = "case 3 at {0}")
    @MethodSource("variants")
    void case3RelativeGateIgnoresQuietSurroundings(Variant v) throws IOException {
        var signal = stereoTone(v).level(10, -36).level(60, -23).level(10, -36).build();
        assertIntegrated(v, signal, v.byRate(-23.011, -23.014, -23.031));
    }

    @ParameterizedTest(name = "case 4 at {0}")
    @MethodSource("variants")
    void case4AbsoluteGateIgnoresMinus72(Variant v) throws IOException {
        var signal = stereoTone(v).level(10, -72).level(10, -36).level(60, -23).level(10, -36).level(10, -72)
                .build();
        assertIntegrated(v, signal, v.byRate(-23.011, -23.014, -23.031));
    }

    @ParameterizedTest(name = "case 5 at {0}")
    @MethodSource("variants")
    void case5LouderMiddleSection(Variant v) throws IOException {
        var signal = stereoTone(v).level(20, -26).level(20.1, -20).level(20, -26).build();
        assertIntegrated(v, signal, v.byRate(-22.976, -22.979, -22.996));
    }

    private void assertIntegrated(Variant v, PiecewiseSignal signal, double analytic) throws IOException {
        double integrated = Measure.loudness(dir, "case", signal, v).result().integratedLufs();
        assertThat(integrated).isCloseTo(-23.0, within(EBU)).isCloseTo(analytic, within(QUALITY));
    }

    @ParameterizedTest(name = "case 6 (5.0) at {0}")
    @MethodSource("variants")
    void case6FiveChannelWeightsSurroundsBy1Point41(Variant v) throws IOException {
        var signal = PiecewiseSignal.sine(TONE_HZ, v.sampleRate(), 5).levels(20, -28, -28, -24, -30, -30).build();
        assertIntegrated(v, signal, v.byRate(-23.014, -23.016, -23.034));
    }

    @ParameterizedTest(name = "case 6 (5.1 extensible) at {0}")
    @MethodSource("variants")
    void case6ExtensibleFivePointOneExcludesLfeSilentOrLoud(Variant v) throws IOException {
        double analytic = v.byRate(-23.014, -23.016, -23.034);
        long mask = 0x3F; // FL FR FC LFE BL BR
        for (double lfe : new double[] {Double.NaN, -3}) {
            var signal = PiecewiseSignal.sine(TONE_HZ, v.sampleRate(), 6).levels(20, -28, -28, -24, lfe, -30, -30)
                    .build();
            double integrated = Measure.loudness(dir, "case6", signal, v, mask).result().integratedLufs();
            assertThat(integrated).as("LFE at %s dBFS", lfe).isCloseTo(analytic, within(QUALITY));
        }
    }

    @ParameterizedTest(name = "case 9 at {0}")
    @MethodSource("variants")
    void case9ShortTermStaysAtMinus23OverAlternatingLevels(Variant v) throws IOException {
        var builder = stereoTone(v);
        for (int i = 0; i < 5; i++) {
            builder.level(1.34, -20).level(1.66, -30);
        }
        LoudnessTrace trace = Measure.loudness(dir, "case9", builder.build(), v);
        assertSeriesWithin(trace.shortTerm10ms(), v, 3.0, -23.0);
        assertSeriesWithin(trace.shortTerm10ms(), v, 3.0, v.byRate(-22.984, -22.986, -23.004));
    }

    @ParameterizedTest(name = "case 12 at {0}")
    @MethodSource("variants")
    void case12MomentaryStaysAtMinus23OverAlternatingLevels(Variant v) throws IOException {
        var builder = stereoTone(v);
        for (int i = 0; i < 25; i++) {
            builder.level(0.18, -20).level(0.22, -30);
        }
        LoudnessTrace trace = Measure.loudness(dir, "case12", builder.build(), v);
        assertSeriesWithin(trace.momentary10ms(), v, 1.0, -23.0);
        assertSeriesWithin(trace.momentary10ms(), v, 1.0, v.byRate(-22.958, -22.960, -22.978));
    }

    @ParameterizedTest(name = "case 10 at {0}")
    @MethodSource("variants")
    void case10MaxShortTermOfShiftedBursts(Variant v) throws IOException {
        double analytic = -23 + toneOffset(v);
        for (int i = 0; i < 20; i++) {
            var signal = stereoTone(v).silence(i * 0.15).level(3, -23).silence(1).build();
            double maxS = Measure.loudness(dir, "case10", signal, v).result().maxShortTermLufs();
            assertThat(maxS).as("file %d", i + 1).isCloseTo(-23, within(EBU)).isCloseTo(analytic, within(QUALITY));
        }
    }

    @ParameterizedTest(name = "case 11 at {0}")
    @MethodSource("variants")
    void case11MaxShortTermPerSegment(Variant v) throws IOException {
        var builder = stereoTone(v);
        for (int i = 0; i < 20; i++) {
            builder.silence(i * 0.15).level(3, -38 + i).silence(3 - 0.15 * i);
        }
        LoudnessTrace trace = Measure.loudness(dir, "case11", builder.build(), v);
        for (int i = 0; i < 20; i++) {
            double max = LoudnessTrace.maxIn(trace.shortTerm10ms(), v.sampleRate(), 6.0 * i, 6.0 * (i + 1));
            assertThat(max).as("segment %d", i + 1).isCloseTo(-38 + i, within(EBU))
                    .isCloseTo(-38 + i + toneOffset(v), within(QUALITY));
        }
    }

    @ParameterizedTest(name = "case 13 at {0}")
    @MethodSource("variants")
    void case13MaxMomentaryOfShiftedBursts(Variant v) throws IOException {
        double analytic = -23 + toneOffset(v);
        for (int i = 0; i < 20; i++) {
            var signal = stereoTone(v).silence(i * 0.02).level(0.4, -23).silence(1).build();
            double maxM = Measure.loudness(dir, "case13", signal, v).result().maxMomentaryLufs();
            assertThat(maxM).as("file %d", i + 1).isCloseTo(-23, within(EBU)).isCloseTo(analytic, within(QUALITY));
        }
    }

    /** Off the 10 ms grid a 400 ms burst is never wholly inside one window: the documented bound is −0.055 LU. */
    @ParameterizedTest(name = "case 13 shifted 5 ms at {0}")
    @MethodSource("variants")
    void case13ShiftedOffTheGridReadsAtMost0Point055Low(Variant v) throws IOException {
        double analytic = -23 + toneOffset(v);
        for (int i = 0; i < 20; i++) {
            var signal = stereoTone(v).silence(i * 0.02 + 0.005).level(0.4, -23).silence(1).build();
            double maxM = Measure.loudness(dir, "case13s", signal, v).result().maxMomentaryLufs();
            assertThat(maxM).as("file %d", i + 1).isBetween(analytic - 0.056, analytic + QUALITY);
        }
    }

    @ParameterizedTest(name = "case 14 at {0}")
    @MethodSource("variants")
    void case14MaxMomentaryPerSegment(Variant v) throws IOException {
        var builder = stereoTone(v);
        for (int i = 0; i < 20; i++) {
            builder.silence(i * 0.02).level(0.4, -38 + i).silence(0.4 - 0.02 * i);
        }
        LoudnessTrace trace = Measure.loudness(dir, "case14", builder.build(), v);
        for (int i = 0; i < 20; i++) {
            double max = LoudnessTrace.maxIn(trace.momentary10ms(), v.sampleRate(), 0.8 * i, 0.8 * (i + 1));
            assertThat(max).as("segment %d", i + 1).isCloseTo(-38 + i, within(EBU))
                    .isCloseTo(-38 + i + toneOffset(v), within(QUALITY));
        }
    }
}
