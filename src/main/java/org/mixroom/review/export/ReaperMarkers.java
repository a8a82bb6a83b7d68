package org.mixroom.review.export;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reaper's Region/Marker Manager list: {@code #,Name,Start,End,Length} with point comments as markers
 * ({@code M1}, …) and ranges as regions ({@code R1}, …), times in m:ss.mmm.
 */
final class ReaperMarkers {
    static final String HEADER = "#,Name,Start,End,Length";

    private ReaperMarkers() {
    }

    static byte[] write(List<ExportedComment> comments) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        int markers = 0;
        int regions = 0;
        for (ExportedComment c : comments) {
            if (c.isRange()) {
                csv.append('R').append(++regions).append(',').append(CsvExport.field(c.text())).append(',')
                        .append(Timecode.of(c.startSeconds())).append(',').append(Timecode.of(c.endSeconds()))
                        .append(',').append(Timecode.of(c.endSeconds() - c.startSeconds()));
            } else {
                csv.append('M').append(++markers).append(',').append(CsvExport.field(c.text())).append(',')
                        .append(Timecode.of(c.startSeconds())).append(",,");
            }
            csv.append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
