package org.mixroom.review.export;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Audacity's label track format: {@code start<TAB>end<TAB>text} in seconds, a point label having start =
 * end, and after a label with a frequency band the line {@code \<TAB>low<TAB>high} that Audacity reads as
 * its spectral selection. Line breaks in a text become spaces (a label is one line).
 */
final class AudacityLabels {
    private AudacityLabels() {
    }

    static byte[] write(List<ExportedComment> comments) {
        StringBuilder labels = new StringBuilder();
        for (ExportedComment c : comments) {
            labels.append(seconds(c.startSeconds())).append('\t').append(seconds(c.endOrStart())).append('\t')
                    .append(c.text().replaceAll("[\\t\\r\\n]+", " ")).append('\n');
            if (c.hasBand()) {
                labels.append("\\\t").append(seconds(c.lowHz())).append('\t').append(seconds(c.highHz())).append('\n');
            }
        }
        return labels.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String seconds(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }
}
