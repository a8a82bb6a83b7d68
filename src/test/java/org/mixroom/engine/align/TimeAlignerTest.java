package org.mixroom.engine.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mixroom.engine.SampleFormat;
import org.mixroom.engine.UnsupportedAudioException;
import org.mixroom.engine.testaudio.ArraySignal;
import org.mixroom.engine.testaudio.WavWriter;

class TimeAlignerTest {
    static final int RATE = 48_000;

    @TempDir
    Path dir;

    /** Drums-like noise bursts over a chord, different every beat, so only one offset lines the two up. */
    static double[] musicLike(int frames, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double root = 110 + 110 * random.nextDouble();
        double[] x = new double[frames];
        int beat = RATE / 2;
        double burstGain = 0;
        for (int n = 0; n < frames; n++) {
            if (n % beat == 0) {
                burstGain = 0.2 + 0.6 * random.nextDouble();
            }
            double decay = Math.exp(-(n % beat) / (0.05 * RATE));
            double chord = 0.1 * (Math.sin(2 * Math.PI * root * n / RATE) + Math.sin(2 * Math.PI * root * 1.26 * n / RATE));
            x[n] = burstGain * decay * random.nextDouble(-1, 1) + chord;
        }
        return x;
    }

    /** B is A moved later by {@code shift} frames (earlier if negative), quieter, with a little noise of its own. */
    static double[] shifted(double[] a, int shift, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] b = new double[a.length];
        for (int n = 0; n < b.length; n++) {
            int source = n - shift;
            double material = source >= 0 && source < a.length ? 0.7 * a[source] : 0;
            b[n] = material + random.nextDouble(-0.01, 0.01);
        }
        return b;
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 12_345, -7_777, 96_000, -240_001, 470_000})
    void findsAKnownShiftToTheSample(int shift) {
        double[] a = musicLike(40 * RATE, 1);
        Alignment alignment = TimeAligner.align(a, shifted(a, shift, 2), RATE);
        assertThat(alignment.offsetFrames()).isCloseTo(shift, within(1L));
        assertThat(alignment.offsetSeconds()).isCloseTo(shift / (double) RATE, within(1.0 / RATE));
        assertThat(alignment.confidence()).isGreaterThan(0.9);
    }

    @Test
    void unrelatedMaterialHasLowConfidence() {
        Alignment alignment = TimeAligner.align(musicLike(20 * RATE, 1), musicLike(20 * RATE, 99), RATE);
        assertThat(alignment.confidence()).isLessThan(0.3);
    }

    @Test
    void alignsFilesThroughTheDecoder() throws Exception {
        double[] a = musicLike(20 * RATE, 3);
        double[] b = shifted(a, 2_400, 4);
        Path fileA = WavWriter.write(dir.resolve("v1.wav"), new ArraySignal(RATE, new double[][] {a, a}),
                SampleFormat.INT24);
        Path fileB = WavWriter.write(dir.resolve("v2.wav"), new ArraySignal(RATE, new double[][] {b, b}),
                SampleFormat.FLOAT32);
        Alignment alignment = new TimeAligner().align(fileA, fileB);
        assertThat(alignment.offsetFrames()).isCloseTo(2_400, within(1L));
        assertThat(alignment.sampleRate()).isEqualTo(RATE);
    }

    @Test
    void refusesFilesOfDifferentRates() throws Exception {
        double[] a = musicLike(2 * RATE, 5);
        Path fileA = WavWriter.write(dir.resolve("a.wav"), new ArraySignal(RATE, new double[][] {a}), SampleFormat.INT16);
        Path fileB = WavWriter.write(dir.resolve("b.wav"), new ArraySignal(44_100, new double[][] {a}),
                SampleFormat.INT16);
        assertThatThrownBy(() -> new TimeAligner().align(fileA, fileB)).isInstanceOf(UnsupportedAudioException.class)
                .hasMessage("the two files have different sample rates (48000 Hz and 44100 Hz); align them by hand");
    }
}
