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
import org.mixroom.engine.testaudio.PiecewiseSignal;
import org.mixroom.engine.testaudio.Variant;

/** EBU Tech 3342 v4 cases 1–4: LRA within ±1 LU (EBU) and ±0.1 LU of the analytic value; repeats change nothing. */
class Tech3342LoudnessRangeTest {
    static final double EBU = 1;
    static final double QUALITY = 0.1;

    @TempDir
    Path dir;

    static List<Variant> variants() {
        return Variant.all();
    }

    @ParameterizedTest(name = "cases 1-4 at {0}")
    @MethodSource("variants")
    void toneStepsGiveTheirLevelSpreadAsRange(Variant v) throws IOException {
        assertRange(v, 10, -20, -30);
        assertRange(v, 5, -20, -15);
        assertRange(v, 20, -40, -20);
        assertRange(v, 15, -50, -35, -20, -35, -50);
    }

    private void assertRange(Variant v, double expected, double... levels) throws IOException {
        for (int repeats = 1; repeats <= 2; repeats++) {
            var builder = PiecewiseSignal.sine(1000, v.sampleRate(), 2);
            for (int r = 0; r < repeats; r++) {
                for (double level : levels) {
                    builder.level(20, level);
                }
            }
            LoudnessResult result = Measure.loudness(dir, "lra", builder.build(), v).result();
            assertThat(result.loudnessRangeLu()).as("%s repeated %d times", java.util.Arrays.toString(levels), repeats)
                    .isCloseTo(expected, within(EBU)).isCloseTo(expected, within(QUALITY));
            assertThat(result.lraHighLufs() - result.lraLowLufs()).isEqualTo(result.loudnessRangeLu());
        }
    }
}
