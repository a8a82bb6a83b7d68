package org.mixroom.shared.ui;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Times as people read and type them: m:ss.mmm (h:mm:ss.mmm past an hour). */
public final class Timestamps {
    private static final Pattern TIME = Pattern.compile("(?:(?:(\\d+):)?(\\d+):)?(\\d+(?:[.,]\\d*)?)");

    private Timestamps() {
    }

    public static String format(double seconds) {
        long millis = Math.round(Math.max(0, seconds) * 1000);
        long hours = millis / 3_600_000;
        long minutes = millis / 60_000 % 60;
        long secs = millis / 1000 % 60;
        long ms = millis % 1000;
        return hours > 0
                ? String.format(Locale.ROOT, "%d:%02d:%02d.%03d", hours, minutes, secs, ms)
                : String.format(Locale.ROOT, "%d:%02d.%03d", minutes, secs, ms);
    }

    /** A range as "0:01.000–0:02.500", a point as "0:01.000". */
    public static String format(double start, Double end) {
        return end == null ? format(start) : format(start) + "–" + format(end);
    }

    /** Parses m:ss.mmm, h:mm:ss.mmm or plain seconds; null for blank; a plain message for anything else. */
    public static Double parse(String text, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher m = TIME.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException(what + " must be a time such as 1:23.456.");
        }
        double hours = m.group(1) == null ? 0 : Double.parseDouble(m.group(1));
        double minutes = m.group(2) == null ? 0 : Double.parseDouble(m.group(2));
        double seconds = Double.parseDouble(m.group(3).replace(',', '.'));
        return hours * 3600 + minutes * 60 + seconds;
    }
}
