package org.mixroom.engine.testaudio;

import java.util.ArrayList;
import java.util.List;
import org.mixroom.engine.SampleFormat;

/** One of the sample rate and sample format combinations every conformance case runs in. */
public record Variant(int sampleRate, SampleFormat format) {
    public static final int[] RATES = {44_100, 48_000, 96_000};
    public static final SampleFormat[] FORMATS = {SampleFormat.INT16, SampleFormat.INT24, SampleFormat.FLOAT32};

    /** 44.1, 48 and 96 kHz, each in 16-bit, 24-bit and 32-bit float. */
    public static List<Variant> all() {
        List<Variant> variants = new ArrayList<>();
        for (int rate : RATES) {
            for (SampleFormat format : FORMATS) {
                variants.add(new Variant(rate, format));
            }
        }
        return variants;
    }

    /** Picks the value for this variant's rate from a 44.1 / 48 / 96 kHz triple, as the spec tabulates them. */
    public double byRate(double at44k1, double at48k, double at96k) {
        return switch (sampleRate) {
            case 44_100 -> at44k1;
            case 48_000 -> at48k;
            case 96_000 -> at96k;
            default -> throw new IllegalStateException("no tabulated value at " + sampleRate + " Hz");
        };
    }

    @Override
    public String toString() {
        return sampleRate + " Hz " + format.jsonName();
    }
}
