package org.mixroom.engine.loudness;

/**
 * The K-weighting cascade for a pair of channels, in transposed direct form II with double state. Each
 * sample depends on the one before it, so one channel alone leaves the CPU waiting on that chain; running
 * two independent channels in the same loop roughly doubles throughput. An odd last channel is paired with
 * silence.
 */
final class KFilter {
    private final double s0, s1, s2, sa1, sa2;
    private final double h0, h1, h2, ha1, ha2;
    /** Filter state: shelf z1, z2 and high-pass z1, z2, for channel a then channel b. */
    private final double[] state = new double[8];

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
     * Filters {@code a} and {@code b} over {@code [offset, offset+length)} and adds the squared outputs to
     * {@code energy[0]} and {@code energy[1]} one by one, so the sums do not depend on block boundaries.
     */
    void filterEnergy(double[] a, double[] b, int offset, int length, double[] energy) {
        double az1 = state[0], az2 = state[1], aw1 = state[2], aw2 = state[3];
        double bz1 = state[4], bz2 = state[5], bw1 = state[6], bw2 = state[7];
        double ea = energy[0];
        double eb = energy[1];
        for (int i = offset, end = offset + length; i < end; i++) {
            double xa = a[i];
            double xb = b[i];
            double sa = s0 * xa + az1;
            double sb = s0 * xb + bz1;
            az1 = s1 * xa - sa1 * sa + az2;
            bz1 = s1 * xb - sa1 * sb + bz2;
            az2 = s2 * xa - sa2 * sa;
            bz2 = s2 * xb - sa2 * sb;
            double ya = h0 * sa + aw1;
            double yb = h0 * sb + bw1;
            aw1 = h1 * sa - ha1 * ya + aw2;
            bw1 = h1 * sb - ha1 * yb + bw2;
            aw2 = h2 * sa - ha2 * ya;
            bw2 = h2 * sb - ha2 * yb;
            ea += ya * ya;
            eb += yb * yb;
        }
        state[0] = az1;
        state[1] = az2;
        state[2] = aw1;
        state[3] = aw2;
        state[4] = bz1;
        state[5] = bz2;
        state[6] = bw1;
        state[7] = bw2;
        energy[0] = ea;
        energy[1] = eb;
    }
}
