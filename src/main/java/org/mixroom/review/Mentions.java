package org.mixroom.review;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code @username} mentions in the text of a comment or reply. Only the usernames given (a project's members)
 * count; any other {@code @word} stays plain text. A mention matches a username exactly, or else ignoring case;
 * dots, dashes and underscores at its end belong to it only if the username has them ("@artist." at the end of
 * a sentence mentions artist). An {@code @} inside a word, as in an e-mail address, starts no mention.
 */
public final class Mentions {

    private static final Pattern MENTION = Pattern.compile("(?<![A-Za-z0-9._@-])@([A-Za-z0-9._-]+)");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[._-]+$");

    /** A piece of the text: plain, or a mention of {@code username} (then {@code text} is "@" and the name). */
    public record Part(String text, String username) {
        public boolean isMention() {
            return username != null;
        }
    }

    private Mentions() {
    }

    /** The text cut into plain parts and mentions of these usernames, in order; joined, the parts give the text. */
    public static List<Part> split(String text, Collection<String> usernames) {
        Map<String, String> byName = lookup(usernames);
        List<Part> parts = new ArrayList<>();
        Matcher matcher = MENTION.matcher(text);
        int plainFrom = 0;
        while (matcher.find()) {
            String token = matcher.group(1);
            String username = find(byName, token);
            if (username == null) {
                token = TRAILING_PUNCTUATION.matcher(token).replaceFirst("");
                username = find(byName, token);
            }
            if (username != null) {
                int start = matcher.start();
                if (start > plainFrom) {
                    parts.add(new Part(text.substring(plainFrom, start), null));
                }
                plainFrom = start + 1 + token.length();
                parts.add(new Part(text.substring(start, plainFrom), username));
            }
        }
        if (plainFrom < text.length()) {
            parts.add(new Part(text.substring(plainFrom), null));
        }
        return parts;
    }

    /** The usernames the text mentions, each once, in the order of their first mention. */
    public static List<String> mentioned(String text, Collection<String> usernames) {
        LinkedHashSet<String> found = new LinkedHashSet<>();
        split(text, usernames).stream().filter(Part::isMention).forEach(part -> found.add(part.username()));
        return List.copyOf(found);
    }

    /** Each username under itself and under its lower case; an exact spelling wins over a case-insensitive one. */
    private static Map<String, String> lookup(Collection<String> usernames) {
        Map<String, String> byName = new HashMap<>();
        for (String username : usernames) {
            byName.putIfAbsent(username.toLowerCase(Locale.ROOT), username);
        }
        for (String username : usernames) {
            byName.put(username, username);
        }
        return byName;
    }

    private static String find(Map<String, String> byName, String token) {
        if (token.isEmpty()) {
            return null;
        }
        String exact = byName.get(token);
        return exact != null ? exact : byName.get(token.toLowerCase(Locale.ROOT));
    }
}
