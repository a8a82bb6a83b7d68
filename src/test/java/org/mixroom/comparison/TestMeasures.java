package org.mixroom.comparison;

import org.mixroom.analysis.ReportMeasures;

/** Report measures with only the figures a test is about. */
final class TestMeasures {
    static final double[] CENTRES = java.util.stream.IntStream.rangeClosed(-17, 13)
            .mapToDouble(k -> 1000 * Math.pow(10, k / 10.0)).toArray();

    private TestMeasures() {
    }

    static ReportMeasures of(Integer rate, Integer bits, Double lufs, Double truePeak, Double tilt) {
        return of(rate, bits, lufs, truePeak, tilt, flat(-30));
    }

    static ReportMeasures of(Integer rate, Integer bits, Double lufs, Double truePeak, Double tilt,
            Double[] bands) {
        return new ReportMeasures(rate, bits, lufs, 6.0, lufs == null ? null : lufs + 4, lufs == null ? null
                : lufs + 2, truePeak, truePeak, truePeak == null || lufs == null ? null : truePeak - lufs, 8.0, 12.0,
                9.0, 0.0, 0.8, -12.0, CENTRES, bands, tilt);
    }

    static Double[] flat(double level) {
        Double[] bands = new Double[CENTRES.length];
        java.util.Arrays.fill(bands, level);
        return bands;
    }
}
