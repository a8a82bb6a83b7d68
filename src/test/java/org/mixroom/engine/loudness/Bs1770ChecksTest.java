package org.mixroom.engine.loudness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mixroom.engine.SampleFormat;
import org.mixroom.engine.testaudio.Measure;
import org.mixroom.engine.testaudio.PiecewiseSignal;
import org.mixroom.engine.testaudio.Variant;

/** The BS.1770 997 Hz check, channel handling and the Tech 3341 §2.9 calibration tone. */
class Bs1770ChecksTest {
    static final double QUALITY = 0.02;

    @TempDir
    Path dir;

    static List<Variant> rates() {
        return List.of(new Variant(44_100, SampleFormat.FLOAT32), new Variant(48_000, SampleFormat.FLOAT32),
                new Variant(96_000, SampleFormat.FLOAT32));
    }

    @ParameterizedTest(name = "997 Hz at {0}")
    @MethodSource("rates")
    void fullScale997HzInOneChannelReadsMinus3Point01(Variant v) throws IOException {
        var oneChannel = PiecewiseSignal.sine(997, v.sampleRate(), 2).levels(20, 0, Double.NaN).build();
        double analytic = v.byRate(-3.007, -3.010, -3.028);
        assertThat(integrated(oneChannel, v)).isCloseTo(-3.01, within(0.1)).isCloseTo(analytic, within(QUALITY));

        var bothChannels = PiecewiseSignal.sine(997, v.sampleRate(), 2).level(20, 0).build();
        assertThat(integrated(bothChannels, v)).isCloseTo(analytic + 10 * Math.log10(2), within(QUALITY));
    }

    @Test
    void monoFileCountsItsChannelOnceWithoutDualMonoGain() throws IOException {
        var mono = PiecewiseSignal.sine(997, 48_000, 1).level(20, 0).build();
        assertThat(integrated(mono, new Variant(48_000, SampleFormat.FLOAT32))).isCloseTo(-3.010, within(QUALITY));
    }

    @ParameterizedTest(name = "calibration at {0}")
    @MethodSource("rates")
    void calibrationToneAtMinus18ReadsMinus18(Variant v) throws IOException {
        var tone = PiecewiseSignal.sine(1000, v.sampleRate(), 2).level(20, -18).build();
        assertThat(integrated(tone, v)).isCloseTo(-18.0, within(0.1))
                .isCloseTo(v.byRate(-17.991, -17.993, -18.011), within(QUALITY));
    }

    private double integrated(PiecewiseSignal signal, Variant v) throws IOException {
        return Measure.loudness(dir, "check", signal, v).result().integratedLufs();
    }
}
