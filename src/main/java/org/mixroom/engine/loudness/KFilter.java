package org.mixroom.engine.loudness;

/** The K-weighting cascade for one channel, in transposed direct form II with double state. */
final class KFilter {
    private final double s0, s1, s2, sa1, sa2;
    private final double h0, h1, h2, ha1, ha2;
    private double shelfZ1, shelfZ2, highPassZ1, highPassZ2;

    KFilter(Biquad shelf, Biquad highPass) {
        s0 = shelf.b0();
        s1 = shelf.b1();
        s2 = shelf.b2();
        sa1 = shelf.a1();
        sa2 = shelf.a2();
        h0 = highPass.b0();
        h1 = highPass.b1();
        h2 = highPass.b2();
        ha1 = highPass.a1();
        ha2 = highPass.a2();
    }

    /**
     * Filters {@code x[offset .. offset+length)} and returns {@code energy} plus the squared outputs, added
     * one by one so that the sum does not depend on where blocks begin and end.
     */
    double filterEnergy(double[] x, int offset, int length, double energy) {
        double z1 = shelfZ1, z2 = shelfZ2, w1 = highPassZ1, w2 = highPassZ2;
        for (int i = offset, end = offset + length; i < end; i++) {
            double in = x[i];
            double shelved = s0 * in + z1;
            z1 = s1 * in - sa1 * shelved + z2;
            z2 = s2 * in - sa2 * shelved;
            double out = h0 * shelved + w1;
            w1 = h1 * shelved - ha1 * out + w2;
            w2 = h2 * shelved - ha2 * out;
            energy += out * out;
        }
        shelfZ1 = z1;
        shelfZ2 = z2;
        highPassZ1 = w1;
        highPassZ2 = w2;
        return energy;
    }
}
