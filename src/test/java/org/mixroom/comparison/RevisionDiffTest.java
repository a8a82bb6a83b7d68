package org.mixroom.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class RevisionDiffTest {

    private static DiffRow row(List<DiffRow> rows, String measure) {
        return rows.stream().filter(r -> r.measure().equals(measure)).findFirst().orElseThrow();
    }

    @Test
    void loudnessChangesOfHalfALuOrMoreMatter() {
        List<DiffRow> rows = RevisionDiff.rows(TestMeasures.of(48_000, 24, -14.0, -2.0, -3.0),
                TestMeasures.of(48_000, 24, -13.5, -2.0, -3.0));
        DiffRow integrated = row(rows, "Integrated loudness");
        assertThat(integrated.a()).isEqualTo(-14.0);
        assertThat(integrated.b()).isEqualTo(-13.5);
        assertThat(integrated.change()).isCloseTo(0.5, within(1e-12));
        assertThat(integrated.matters()).isTrue();
        assertThat(integrated.why()).isEqualTo("Up by 0.50 LU");
        assertThat(row(rows, "Loudness range (LRA)").matters()).isFalse();
        assertThat(row(rows, "True peak").matters()).isFalse();

        List<DiffRow> small = RevisionDiff.rows(TestMeasures.of(48_000, 24, -14.0, -2.0, -3.0),
                TestMeasures.of(48_000, 24, -14.4, -2.0, -3.0));
        assertThat(row(small, "Integrated loudness").matters()).isFalse();
    }

    @Test
    void truePeakMattersWhenItCrossesMinusOneDbtp() {
        List<DiffRow> up = RevisionDiff.rows(TestMeasures.of(48_000, 24, -14.0, -1.2, -3.0),
                TestMeasures.of(48_000, 24, -14.0, -0.8, -3.0));
        assertThat(row(up, "True peak").why()).isEqualTo("B's true peak is now above the −1 dBTP delivery limit");
        List<DiffRow> down = RevisionDiff.rows(TestMeasures.of(48_000, 24, -14.0, 0.3, -3.0),
                TestMeasures.of(48_000, 24, -14.0, -1.0, -3.0));
        assertThat(row(down, "True peak").why()).isEqualTo("B's true peak is now within the −1 dBTP delivery limit");
        // a large move that stays below the limit is not a delivery matter
        List<DiffRow> below = RevisionDiff.rows(TestMeasures.of(48_000, 24, -14.0, -6.0, -3.0),
                TestMeasures.of(48_000, 24, -14.0, -2.0, -3.0));
        assertThat(row(below, "True peak").matters()).isFalse();
    }

    @Test
    void aBandMatteringMovesMoreThanOneDecibel() {
        Double[] a = TestMeasures.flat(-30);
        Double[] b = TestMeasures.flat(-30);
        b[17] = -28.5; // 1 kHz up 1.5 dB
        b[7] = -31.0; // 100 Hz down exactly 1 dB: not more than 1
        b[0] = null; // no level at 20 Hz in B
        List<DiffRow> rows = RevisionDiff.rows(TestMeasures.of(48_000, 24, -14.0, -2.0, -3.0, a),
                TestMeasures.of(48_000, 24, -14.0, -2.0, -3.0, b));
        assertThat(row(rows, "Band 1 kHz").why()).isEqualTo("Up by 1.50 dB");
        assertThat(row(rows, "Band 100 Hz").matters()).isFalse();
        DiffRow missing = row(rows, "Band 20 Hz");
        assertThat(missing.change()).isNull();
        assertThat(missing.matters()).isFalse();
        assertThat(rows.stream().filter(DiffRow::matters).map(DiffRow::measure)).containsExactly("Band 1 kHz");
    }
}
