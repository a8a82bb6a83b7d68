package org.mixroom.review.export;

/** Times as people read them on a waveform: {@code m:ss.mmm} (minutes unbounded, so 61:05.250 is fine). */
public final class Timecode {
    private Timecode() {
    }

    public static String of(double seconds) {
        long millis = Math.round(seconds * 1000);
        return String.format(java.util.Locale.ROOT, "%d:%02d.%03d", millis / 60_000, millis / 1000 % 60, millis % 1000);
    }
}
