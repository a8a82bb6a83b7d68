package org.mixroom.engine.loudness;

/**
 * The two K-weighting stages of ITU-R BS.1770-5 Annex 1 for any sample rate: the high-shelf "pre-filter"
 * and the RLB high-pass. BS.1770 tabulates them at 48 kHz only and asks for "the same frequency response"
 * elsewhere, so both are re-derived from their analogue prototypes by the pre-warped bilinear transform;
 * at 48 kHz this reproduces the table to every printed digit.
 */
public final class KWeighting {
    static final double SHELF_F0_HZ = 1681.974450955533;
    static final double SHELF_GAIN_DB = 3.999843853973347;
    static final double SHELF_Q = 0.7071752369554196;
    /** Exponent relating the shelf's band gain Vb to its high-frequency gain Vh. */
    static final double SHELF_VB_EXPONENT = 0.4996667741545416;
    static final double RLB_F0_HZ = 38.13547087602444;
    static final double RLB_Q = 0.5003270373238773;

    private KWeighting() {
    }

    public static Biquad shelf(double sampleRate) {
        double k = Math.tan(Math.PI * SHELF_F0_HZ / sampleRate);
        double vh = Math.pow(10, SHELF_GAIN_DB / 20);
        double vb = Math.pow(vh, SHELF_VB_EXPONENT);
        double a0 = 1 + k / SHELF_Q + k * k;
        return new Biquad(
                (vh + vb * k / SHELF_Q + k * k) / a0,
                2 * (k * k - vh) / a0,
                (vh - vb * k / SHELF_Q + k * k) / a0,
                2 * (k * k - 1) / a0,
                (1 - k / SHELF_Q + k * k) / a0);
    }

    /** The RLB high-pass; its numerator stays [1, -2, 1] as in the standard's table (not renormalised). */
    public static Biquad highPass(double sampleRate) {
        double k = Math.tan(Math.PI * RLB_F0_HZ / sampleRate);
        double a0 = 1 + k / RLB_Q + k * k;
        return new Biquad(1, -2, 1, 2 * (k * k - 1) / a0, (1 - k / RLB_Q + k * k) / a0);
    }
}
