package org.citequiz.generation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds acronyms introduced with their expansion: "NATO-Russia Council (NRC)" and "Shanghai Cooperation
 * Organization, or SCO". The expansion is the shortest run of preceding capitalised words whose initials spell
 * the acronym (small words such as "of" and "the" may sit inside it).
 */
final class AcronymExtractor {

    private static final Pattern PARENTHESIS = Pattern.compile("\\s*\\((?:the\\s+)?([A-Z][A-Za-z&]{1,9})\\)");
    private static final Pattern OR_FORM = Pattern.compile(",\\s+or\\s+(?:the\\s+)?([A-Z][A-Z&]{1,9})\\b");
    private static final Set<String> SMALL = Set.of("of", "the", "and", "for", "on", "in", "de", "du", "des", "&", "to");

    List<AcronymFact> extract(Sentence sentence) {
        String s = sentence.text();
        List<AcronymFact> facts = new ArrayList<>();
        for (Pattern p : List.of(PARENTHESIS, OR_FORM)) {
            Matcher m = p.matcher(s);
            while (m.find()) {
                String acronym = m.group(1);
                if (acronym.chars().filter(Character::isUpperCase).count() < 2) {
                    continue;
                }
                int[] span = expansionBefore(s, m.start(), acronym);
                if (span != null) {
                    facts.add(new AcronymFact(sentence, sentence.start() + span[0], sentence.start() + span[1], acronym,
                            s.substring(span[0], span[1])));
                }
            }
        }
        return facts;
    }

    /** [start, end) within the sentence of the expansion ending at {@code end}, or null. */
    static int[] expansionBefore(String s, int end, String acronym) {
        String letters = acronym.replaceAll("[^A-Z]", "");
        List<int[]> words = new ArrayList<>();
        Matcher w = Pattern.compile("[\\p{L}&][\\p{L}&'’-]*").matcher(s.substring(0, end));
        while (w.find()) {
            words.add(new int[] {w.start(), w.end()});
        }
        StringBuilder initials = new StringBuilder();
        for (int i = words.size() - 1; i >= 0 && words.size() - i <= letters.length() + 4; i--) {
            String word = s.substring(words.get(i)[0], words.get(i)[1]);
            if (SMALL.contains(word.toLowerCase(Locale.ROOT)) && Character.isLowerCase(word.charAt(0))) {
                continue;
            }
            if (!Character.isUpperCase(word.charAt(0))) {
                return null;
            }
            // "NATO-Russia" gives N and R; "Euro-Atlantic" gives E and A
            StringBuilder own = new StringBuilder();
            for (String part : word.split("-")) {
                if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
                    own.append(part.chars().allMatch(c -> Character.isUpperCase(c)) && part.length() > 1
                            && letters.contains(part) ? part : String.valueOf(part.charAt(0)));
                }
            }
            initials.insert(0, own);
            if (initials.toString().equals(letters)) {
                return new int[] {words.get(i)[0], words.get(words.size() - 1)[1]};
            }
            if (!letters.endsWith(initials.toString())) {
                return null;
            }
        }
        return null;
    }
}
