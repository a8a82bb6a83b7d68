package org.mixroom.engine;

/** Level conversions. Undefined levels (log of zero) are NaN here and become null in reports. */
public final class Decibels {
    private Decibels() {
    }

    /** 10·log10 of a power (mean square); NaN for zero. */
    public static double ofPower(double power) {
        return power > 0 ? 10 * Math.log10(power) : Double.NaN;
    }

    /** 20·log10 of an amplitude; NaN for zero. */
    public static double ofAmplitude(double amplitude) {
        return amplitude > 0 ? 20 * Math.log10(amplitude) : Double.NaN;
    }

    /** A level as a nullable value: NaN becomes null. */
    public static Double orNull(double value) {
        return Double.isNaN(value) ? null : value;
    }
}
