package org.mixroom.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Delivery warnings on a report (analysis-spec §5 qc), in words a person can act on. */
public final class DeliveryChecks {
    /** Most streaming services ask for true peaks at or below −1 dBTP. */
    public static final double TRUE_PEAK_MAX_DBTP = -1.0;

    private DeliveryChecks() {
    }

    public static List<String> warnings(ReportMeasures m) {
        List<String> warnings = new ArrayList<>();
        if (m.truePeakDbtp() != null && m.truePeakDbtp() > TRUE_PEAK_MAX_DBTP) {
            warnings.add(String.format(Locale.ROOT, "True peak %.1f dBTP is above −1 dBTP: lossy encoding may clip.",
                    m.truePeakDbtp()));
        }
        if (m.clippedSampleRuns() != null && m.clippedSampleRuns() > 0) {
            warnings.add(String.format(Locale.ROOT, "%.0f clipped runs of samples.", m.clippedSampleRuns()));
        }
        return warnings;
    }
}
