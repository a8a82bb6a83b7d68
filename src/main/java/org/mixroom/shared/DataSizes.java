package org.mixroom.shared;

/** Sizes in words people read: "2 GB", "500 MB", "3.1 MB". Binary units, as {@code DataSize} parses them. */
public final class DataSizes {
    private DataSizes() {
    }

    public static String human(long bytes) {
        String[] units = {"bytes", "KB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        if (unit == 0) {
            return bytes + " bytes";
        }
        return (value == Math.rint(value) ? String.valueOf((long) value)
                : String.format(java.util.Locale.ROOT, "%.1f", value)) + " " + units[unit];
    }
}
