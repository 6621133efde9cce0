package org.citequiz.generation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds people named with their roles: "Defense Minister Sergei Ivanov", "NATO Secretary General, Anders Fogh
 * Rasmussen", "the Chairman of the NRC, Anders Fogh Rasmussen", "Russia's ambassador to NATO, Dmitry Rogozin".
 * A name is two to four capitalised words (initials allowed) that are not themselves roles, months or places.
 */
final class PersonExtractor {

    private static final String NAME_WORD = "(?:[A-Z][a-zà-ÿœ'’-]+|[A-Z]\\.)";
    private static final String NAME = "(" + NAME_WORD + "(?:\\s+" + NAME_WORD + "){1,3})";
    private static final String ROLE = roles(false);
    private static final String LOWER_ROLE = roles(true);
    private static final String QUALIFIER = "(?:(U\\.S\\.|U\\.N\\.|E\\.U\\.|[A-Z]{2,6}|[A-Z][a-z]+)\\s+)?";
    /** "of the NRC, ", "of the Bergen Port Authority (BPA), ", "of the project, " or just an optional comma. */
    private static final String OF_ORGANISATION = "(?:\\s+of\\s+(?:the\\s+)?([A-Z][\\w-]*(?:\\s+[A-Z][\\w-]*){0,4}|[a-z]+)"
            + "(?:\\s+\\([A-Z]{2,}\\))?,|,)?\\s+";
    /** "NATO Secretary-General George Robertson", "the Chairman of the NRC, Anders Fogh Rasmussen". */
    private static final Pattern ROLE_NAME = Pattern.compile("\\b(?=[A-Z])" + QUALIFIER.replace(")?", ")") + "(" + ROLE + ")" + OF_ORGANISATION + NAME);
    /** "Defense Minister Sergei Ivanov": a role without a qualifier. */
    private static final Pattern BARE_ROLE_NAME = Pattern.compile("\\b(?=[A-Z])(" + ROLE + ")" + OF_ORGANISATION + NAME);
    /** "Russia's ambassador to NATO, Dmitry Rogozin". */
    private static final Pattern POSSESSIVE_ROLE = Pattern.compile("([A-Z][\\w.]+['’]s)\\s+(" + LOWER_ROLE
            + ")(?:\\s+(to|of)\\s+(?:the\\s+)?([A-Z][\\w-]*(?:\\s+[A-Z][\\w-]*){0,2}))?,\\s+" + NAME);
    /** "Anders Fogh Rasmussen, the NATO Secretary General,". */
    private static final Pattern NAME_APPOSITIVE = Pattern.compile("\\b(?=[A-Z])" + NAME + ",\\s+(?:the\\s+)?" + QUALIFIER + "(" + ROLE + ")\\b(?!\\s+[A-Z])");
    private static final Set<String> NOT_NAME = Set.of("The", "A", "An", "In", "On", "At", "And", "But", "He", "She",
            "It", "They", "We", "This", "That", "Mr.", "Mrs.", "Ms.", "Dr.", "Of", "For", "With", "Authority",
            "Council", "Committee", "Organization", "Organisation", "Ministry", "Department", "Agency", "Union",
            "Party", "Works", "Company", "Bank", "University", "Association", "Administration", "Office", "Court",
            "Group", "Institute", "Board", "Commission", "Service", "Police", "Army", "Navy", "City", "State");

    List<PersonFact> extract(Sentence sentence) {
        String s = sentence.text();
        List<PersonFact> facts = new ArrayList<>();
        Matcher m = ROLE_NAME.matcher(s);
        int from = 0;
        while (from < s.length() && m.find(from)) {
            from = m.end();
            String qualifier = qualifierOf(m.group(1));
            if (qualifier == null) {
                from = m.start(2); // "The President ...": try again from the role
                continue;
            }
            String name = cleanName(m.group(4));
            if (name == null) {
                continue;
            }
            String role = m.group(2) + (m.group(3) != null ? " of the " + m.group(3) : "");
            int nameStart = m.start(4);
            facts.add(new PersonFact(sentence, sentence.start() + nameStart, sentence.start() + nameStart + name.length(),
                    name, role, qualifier, sentence.year()));
        }
        m = BARE_ROLE_NAME.matcher(s);
        while (m.find()) {
            String name = cleanName(m.group(3));
            int nameStart = m.start(3);
            if (name == null || facts.stream().anyMatch(f -> f.start() == sentence.start() + nameStart)) {
                continue;
            }
            String role = m.group(1) + (m.group(2) != null ? " of the " + m.group(2) : "");
            facts.add(new PersonFact(sentence, sentence.start() + nameStart, sentence.start() + nameStart + name.length(),
                    name, role, "", sentence.year()));
        }
        m = POSSESSIVE_ROLE.matcher(s);
        while (m.find()) {
            String name = cleanName(m.group(5));
            if (name == null) {
                continue;
            }
            String role = m.group(2) + (m.group(3) != null ? " " + m.group(3) + " " + m.group(4) : "");
            int nameStart = m.start(5);
            facts.add(new PersonFact(sentence, sentence.start() + nameStart, sentence.start() + nameStart + name.length(),
                    name, role, m.group(1), sentence.year()));
        }
        m = NAME_APPOSITIVE.matcher(s);
        while (m.find()) {
            String name = cleanName(m.group(1));
            if (name == null) {
                continue;
            }
            facts.add(new PersonFact(sentence, sentence.start() + m.start(1), sentence.start() + m.start(1) + name.length(),
                    name, m.group(3), qualifierOf(m.group(2)) == null ? "" : qualifierOf(m.group(2)), sentence.year()));
        }
        return facts;
    }

    /** An organisation acronym or a demonym; "" when absent, null when the word is neither (e.g. "The"). */
    private static String qualifierOf(String word) {
        if (word == null) {
            return "";
        }
        if (word.equals(word.toUpperCase(Locale.ROOT)) || Lexicon.DEMONYMS.containsKey(word)) {
            return word;
        }
        return null;
    }

    /** Drops a possessive and refuses sequences that are not names (roles, months, places, sentence words). */
    static String cleanName(String raw) {
        String name = raw.replaceAll("['’]s$", "");
        String[] parts = name.split("\\s+");
        List<String> kept = new ArrayList<>();
        for (String p : parts) {
            if (NOT_NAME.contains(p) || Lexicon.month(p) != null || Lexicon.WEEKDAYS.containsKey(p.toLowerCase(Locale.ROOT))
                    || Lexicon.isPlace(p) || Lexicon.DEMONYMS.containsKey(p) || isRoleWord(p)) {
                break;
            }
            kept.add(p);
        }
        if (kept.size() < 2 || kept.get(kept.size() - 1).endsWith(".")) {
            return null;
        }
        return String.join(" ", kept);
    }

    /** Every role, and the first and last word of every role ("Foreign", "Minister"). */
    private static final Set<String> ROLE_WORDS = Lexicon.ROLES.stream()
            .flatMap(r -> java.util.stream.Stream.of(r, r.split(" ")[0], r.substring(r.lastIndexOf(' ') + 1)))
            .collect(Collectors.toUnmodifiableSet());

    private static boolean isRoleWord(String word) {
        return ROLE_WORDS.contains(word);
    }

    private static String roles(boolean lower) {
        return Lexicon.ROLES.stream().distinct().map(r -> lower ? r.toLowerCase(Locale.ROOT) : r)
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(r -> r))
                .map(Pattern::quote).collect(Collectors.joining("|"));
    }

    private static String alternation(Set<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(w -> w))
                .map(Pattern::quote).collect(Collectors.joining("|"));
    }
}
