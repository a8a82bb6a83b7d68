package org.mixroom.review;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a comment is about. In JSON a category is its constant name ({@code "TONAL_BALANCE"}); input is also
 * accepted in any case and with spaces, dashes or a slash for the underscore ({@code "tonal balance"},
 * {@code "noise/clicks"}).
 */
public enum CommentCategory {
    TONAL_BALANCE("Tonal balance"),
    DYNAMICS("Dynamics"),
    STEREO("Stereo"),
    NOISE_CLICKS("Noise/clicks"),
    ARRANGEMENT("Arrangement"),
    VOCAL("Vocal"),
    OTHER("Other");

    private final String label;

    CommentCategory(String label) {
        this.label = label;
    }

    /** The name people read. */
    public String label() {
        return label;
    }

    /** The category a text names, or null for null or blank; throws for anything else. */
    public static CommentCategory parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String name = text.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s/-]+", "_");
        for (CommentCategory category : values()) {
            if (category.name().equals(name)) {
                return category;
            }
        }
        throw new IllegalArgumentException("The category must be one of "
                + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")) + ".");
    }
}
