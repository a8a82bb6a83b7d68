package org.mixroom.review.export;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** Comments as RFC 4180 CSV: times in seconds and as m:ss.mmm, so both spreadsheets and people can use them. */
final class CsvExport {
    static final String HEADER = "start_seconds,end_seconds,start,end,low_hz,high_hz,category,author,status,text";

    private CsvExport() {
    }

    static byte[] write(List<ExportedComment> comments) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (ExportedComment c : comments) {
            csv.append(seconds(c.startSeconds())).append(',')
                    .append(c.endSeconds() == null ? "" : seconds(c.endSeconds())).append(',')
                    .append(Timecode.of(c.startSeconds())).append(',')
                    .append(c.endSeconds() == null ? "" : Timecode.of(c.endSeconds())).append(',')
                    .append(c.lowHz() == null ? "" : hertz(c.lowHz())).append(',')
                    .append(c.highHz() == null ? "" : hertz(c.highHz())).append(',')
                    .append(field(c.category())).append(',')
                    .append(field(c.author())).append(',')
                    .append(c.resolved() ? "resolved" : "open").append(',')
                    .append(field(c.text())).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String seconds(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static String hertz(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    /** Quotes a field when it holds a comma, quote or line break, doubling its quotes. */
    static String field(String value) {
        if (value == null) {
            return "";
        }
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
