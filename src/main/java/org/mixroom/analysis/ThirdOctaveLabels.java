package org.mixroom.analysis;

import java.util.List;

/** ISO 266 names of the 31 third-octave bands of the report (20 Hz … 20 kHz), in the report's order. */
public final class ThirdOctaveLabels {
    private static final List<String> LABELS = List.of("20 Hz", "25 Hz", "31.5 Hz", "40 Hz", "50 Hz", "63 Hz",
            "80 Hz", "100 Hz", "125 Hz", "160 Hz", "200 Hz", "250 Hz", "315 Hz", "400 Hz", "500 Hz", "630 Hz",
            "800 Hz", "1 kHz", "1.25 kHz", "1.6 kHz", "2 kHz", "2.5 kHz", "3.15 kHz", "4 kHz", "5 kHz", "6.3 kHz",
            "8 kHz", "10 kHz", "12.5 kHz", "16 kHz", "20 kHz");

    private ThirdOctaveLabels() {
    }

    /** The nominal name of the band centred at {@code exactHz} (1000·10^(k/10)). */
    public static String of(double exactHz) {
        int index = (int) Math.round(10 * Math.log10(exactHz / 1000)) + 17;
        if (index < 0 || index >= LABELS.size()) {
            throw new IllegalArgumentException("no third-octave band is centred at " + exactHz + " Hz");
        }
        return LABELS.get(index);
    }
}
