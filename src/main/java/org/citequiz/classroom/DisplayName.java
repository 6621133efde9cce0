package org.citequiz.classroom;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules for a learner's display name within a class: length, decency, and the folded uniqueness key. */
public final class DisplayName {

    public static final int MAX_LENGTH = 40;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /*
     * A deliberately short list of common English slurs and obscenities, matched as whole folded words so that
     * ordinary names containing these letters (Scunthorpe, Cassius) pass; words that are also common first names are left out. Digits standing in for letters are
     * read as letters first.
     */
    private static final Set<String> REFUSED = Set.of(
            "fuck", "fucker", "fucking", "motherfucker", "shit", "bullshit", "cunt", "bitch", "bastard", "asshole",
            "arsehole", "pussy", "wanker", "twat", "slut", "whore", "nigger", "nigga", "faggot",
            "fag", "retard", "spastic", "kike", "chink", "paki", "tranny", "nazi");

    private DisplayName() {
    }

    /** Trimmed, inner whitespace collapsed: what is stored and shown. */
    public static String clean(String name) {
        return name == null ? "" : SPACES.matcher(name.strip()).replaceAll(" ");
    }

    /** Case- and accent-folded key: "Zoë  Smith" and "zoe smith" collide. */
    public static String key(String name) {
        String decomposed = Normalizer.normalize(clean(name), Normalizer.Form.NFKD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** Why the name is refused, or null when it is acceptable. */
    public static String refusal(String name) {
        String cleaned = clean(name);
        if (cleaned.isEmpty()) {
            return "Enter a display name.";
        }
        if (cleaned.codePointCount(0, cleaned.length()) > MAX_LENGTH) {
            return "A display name can have at most " + MAX_LENGTH + " characters.";
        }
        if (offensive(cleaned)) {
            return "Please choose another display name.";
        }
        return null;
    }

    static boolean offensive(String name) {
        String folded = key(name).replace('0', 'o').replace('1', 'i').replace('3', 'e').replace('4', 'a')
                .replace('5', 's').replace('$', 's').replace('@', 'a');
        return Arrays.stream(NON_WORD.split(folded)).anyMatch(REFUSED::contains)
                || REFUSED.contains(NON_WORD.matcher(folded).replaceAll(""));
    }
}
