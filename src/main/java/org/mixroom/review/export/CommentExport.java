package org.mixroom.review.export;

import java.util.List;

/** The formats a revision's comments export to, for DAWs and editors. */
public enum CommentExport {
    /** A spreadsheet: one row per comment with times, band, category, author, status and text. */
    CSV("csv", "text/csv; charset=UTF-8") {
        @Override
        public byte[] write(List<ExportedComment> comments) {
            return CsvExport.write(comments);
        }
    },
    /** A Standard MIDI File with a marker at each comment, which Pro Tools and Logic import. */
    MIDI("mid", "audio/midi") {
        @Override
        public byte[] write(List<ExportedComment> comments) {
            return MidiMarkers.write(comments);
        }
    },
    /** Reaper's marker and region list (ranges become regions). */
    REAPER("csv", "text/csv; charset=UTF-8") {
        @Override
        public byte[] write(List<ExportedComment> comments) {
            return ReaperMarkers.write(comments);
        }
    },
    /** Audacity labels: ranges stay ranges, bands become the labels' frequency selections. */
    AUDACITY("txt", "text/plain; charset=UTF-8") {
        @Override
        public byte[] write(List<ExportedComment> comments) {
            return AudacityLabels.write(comments);
        }
    };

    private final String extension;
    private final String contentType;

    CommentExport(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    /** The file's bytes, comments in the order given (callers sort by time). */
    public abstract byte[] write(List<ExportedComment> comments);

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /** The format named in a request ({@code csv}, {@code midi}, {@code reaper}, {@code audacity}). */
    public static CommentExport named(String name) {
        for (CommentExport format : values()) {
            if (format.name().equalsIgnoreCase(name)) {
                return format;
            }
        }
        throw new IllegalArgumentException("no export format '" + name + "'; use csv, midi, reaper or audacity");
    }
}
