package org.mixroom.engine.loudness;

import org.mixroom.engine.DoubleList;

/** The two-stage gate of BS.1770-5 §5.1 (absolute −70 LUFS, then relative −10 LU). */
final class Gating {
    static final double ABSOLUTE_GATE_LUFS = -70;
    static final double RELATIVE_GATE_LU = -10;

    private Gating() {
    }

    /**
     * Integrated loudness from the weighted powers Σ G_i z_ij of the gating blocks; the powers, not their
     * loudness values, are averaged. Both gates are strict ("&gt;") as BS.1770 writes them. NaN when no
     * block passes the absolute gate.
     */
    static double integratedLoudness(DoubleList blockPowers) {
        double absoluteSum = 0;
        int absoluteCount = 0;
        for (int j = 0; j < blockPowers.size(); j++) {
            double power = blockPowers.get(j);
            if (LoudnessMeter.loudness(power) > ABSOLUTE_GATE_LUFS) {
                absoluteSum += power;
                absoluteCount++;
            }
        }
        if (absoluteCount == 0) {
            return Double.NaN;
        }
        double relativeGate = LoudnessMeter.loudness(absoluteSum / absoluteCount) + RELATIVE_GATE_LU;
        double gatedSum = 0;
        int gatedCount = 0;
        for (int j = 0; j < blockPowers.size(); j++) {
            double power = blockPowers.get(j);
            double level = LoudnessMeter.loudness(power);
            if (level > ABSOLUTE_GATE_LUFS && level > relativeGate) {
                gatedSum += power;
                gatedCount++;
            }
        }
        return LoudnessMeter.loudness(gatedSum / gatedCount);
    }
}
