package org.mixroom.engine.loudness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The re-derived K-weighting reproduces BS.1770-5's 48 kHz table and the spec's 44.1 / 96 kHz vectors. */
class KWeightingTest {
    static final double PRINTED = 5e-15;

    @Test
    void reproducesTheStandardsTableAt48kHz() {
        assertBiquad(KWeighting.shelf(48_000), 1.53512485958697, -2.69169618940638, 1.19839281085285,
                -1.69065929318241, 0.73248077421585);
        assertBiquad(KWeighting.highPass(48_000), 1.0, -2.0, 1.0, -1.99004745483398, 0.99007225036621);
    }

    @Test
    void matchesTheTestVectorsAt44k1And96k() {
        assertBiquad(KWeighting.shelf(44_100), 1.53084123005035, -2.65097999515473, 1.16907907992159,
                -1.66365511325602, 0.71259542807323);
        Biquad rlb44 = KWeighting.highPass(44_100);
        assertThat(rlb44.a1()).isCloseTo(-1.98916967362980, within(PRINTED));
        assertThat(rlb44.a2()).isCloseTo(0.98919903578704, within(PRINTED));
        assertBiquad(KWeighting.shelf(96_000), 1.55971422897580, -2.92674157825108, 1.37826120231582,
                -1.84460946989011, 0.85584332293064);
        Biquad rlb96 = KWeighting.highPass(96_000);
        assertThat(rlb96.a1()).isCloseTo(-1.99501754472472, within(PRINTED));
        assertThat(rlb96.a2()).isCloseTo(0.99502375904092, within(PRINTED));
    }

    private static void assertBiquad(Biquad q, double b0, double b1, double b2, double a1, double a2) {
        assertThat(q.b0()).isCloseTo(b0, within(PRINTED));
        assertThat(q.b1()).isCloseTo(b1, within(PRINTED));
        assertThat(q.b2()).isCloseTo(b2, within(PRINTED));
        assertThat(q.a1()).isCloseTo(a1, within(PRINTED));
        assertThat(q.a2()).isCloseTo(a2, within(PRINTED));
    }
}
