package org.mixroom.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.mixroom.engine.dynamics.DynamicRangeMeter;
import org.mixroom.engine.dynamics.LevelStatisticsMeter;
import org.mixroom.engine.loudness.LoudnessMeter;
import org.mixroom.engine.peak.TruePeakMeter;
import org.mixroom.engine.spectrum.LongTermSpectrumMeter;
import org.mixroom.engine.stereo.StereoMeter;
import org.mixroom.engine.stereo.StereoWidthMeter;

/** Same samples, same results to the last bit, whether blocks hold 1, 17 or 4096 frames. */
class BlockSizeIndependenceTest {
    static final int RATE = 48_000;
    static final int FRAMES = 5 * RATE + 123;

    @Test
    void everyMeterGivesIdenticalResultsForAnyBlockSize() {
        double[][] signal = noisyTone();
        List<Supplier<Meter<?>>> meters = List.of(
                () -> new LoudnessMeter(RATE, new double[] {1, 1}),
                () -> new TruePeakMeter(2),
                () -> new LevelStatisticsMeter(2, SampleFormat.FLOAT32, 32),
                () -> new DynamicRangeMeter(RATE, new boolean[] {true, true}),
                () -> new StereoMeter(RATE, 0, 1),
                () -> new StereoWidthMeter(RATE, new int[] {0, 1}, 0, 1, false),
                () -> new LongTermSpectrumMeter(RATE, new int[] {0, 1}));
        for (Supplier<Meter<?>> meter : meters) {
            List<String> results = new ArrayList<>();
            for (int blockSize : new int[] {1, 17, 4096}) {
                results.add(describe(feed(meter.get(), signal, blockSize)));
            }
            assertThat(results).as(meter.get().getClass().getSimpleName()).containsOnly(results.getFirst());
        }
    }

    private static Object feed(Meter<?> meter, double[][] signal, int blockSize) {
        AudioBlock block = new AudioBlock(2, blockSize);
        for (int start = 0; start < FRAMES; start += blockSize) {
            int n = Math.min(blockSize, FRAMES - start);
            for (int c = 0; c < 2; c++) {
                System.arraycopy(signal[c], start, block.channel(c), 0, n);
            }
            block.setFrames(n);
            meter.accept(block);
        }
        return meter.finish();
    }

    /** Records print arrays as references; spell every component out to compare values. */
    private static String describe(Object result) {
        StringBuilder s = new StringBuilder();
        for (var component : result.getClass().getRecordComponents()) {
            try {
                Object value = component.getAccessor().invoke(result);
                s.append(component.getName()).append('=').append(value instanceof double[] a
                        ? java.util.Arrays.toString(a) : String.valueOf(value)).append(';');
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
        return s.toString();
    }

    private static double[][] noisyTone() {
        SplittableRandom random = new SplittableRandom(3);
        double[][] x = new double[2][FRAMES];
        for (int n = 0; n < FRAMES; n++) {
            double tone = 0.5 * Math.sin(2 * Math.PI * 440 * n / RATE);
            x[0][n] = tone + random.nextDouble(-0.1, 0.1);
            x[1][n] = 0.7 * tone + random.nextDouble(-0.1, 0.1);
        }
        return x;
    }
}
