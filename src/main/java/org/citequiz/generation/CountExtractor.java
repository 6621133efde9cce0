package org.citequiz.generation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds counts and quantities: a number (digits or words, with an optional scale word or currency) followed by the
 * plural noun it counts, e.g. "a council of 20 nations", "2,000 counter-narcotics personnel", "240 million euros".
 */
final class CountExtractor {

    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\w$€£.,/-])(?=[\\d$€£a-zA-Z])(?:(about|around|nearly|almost|some|over|more than|fewer than|less than|up to|at least"
                    + "|roughly|approximately|an estimated)\\s+)?([$€£])?(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|[a-zA-Z]+(?:-[a-z]+)?)(?:\\s+(hundred|thousand|million|billion))?(?![\\w%]|[.,]\\d)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING = Pattern.compile("[,.;:!?)\"”’]+$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Set<String> PLURALS = Set.of("people", "personnel", "staff", "police", "children", "men",
            "women", "troops", "cattle", "crew", "euros", "dollars", "pounds", "yen", "yuan", "rubles", "roubles",
            "feet", "teeth", "mice", "geese", "data", "media");
    private static final Set<String> NOT_PLURAL = Set.of("is", "was", "has", "does", "this", "its", "his", "less",
            "as", "us", "plus", "thus", "across", "versus", "whereas", "always", "perhaps", "sometimes", "towards",
            "afterwards", "besides", "unless", "yes", "status", "bus", "gas", "series", "news");
    private static final Set<String> STOP = Set.of("of", "the", "a", "an", "and", "or", "to", "in", "on", "at", "for",
            "from", "with", "by", "that", "which", "who", "than", "as", "but", "were", "are", "was", "is", "had",
            "have", "has", "will", "would", "could", "it", "they", "we", "he", "she", "each", "per");
    /** "two weeks later", "three times": spans and repetitions, not counts a teacher asks about. */
    private static final Set<String> SHORT_SPANS = Set.of("weeks", "days", "hours", "minutes", "seconds", "times",
            "moments", "nights");
    private static final Set<String> CURRENCY = Set.of("euros", "dollars", "pounds", "yen", "yuan", "rubles",
            "roubles", "francs", "kronor", "kroner", "rupees");

    List<CountFact> extract(Sentence sentence, List<DateFact> dates) {
        String s = sentence.text();
        List<CountFact> facts = new ArrayList<>();
        Matcher m = NUMBER.matcher(s);
        while (m.find()) {
            int to = m.end();
            if (insideDate(sentence.start() + m.start(3), sentence.start() + m.end(3), dates)) {
                continue;
            }
            String word = m.group(3);
            Double value = Lexicon.number(word);
            if (value == null) {
                continue;
            }
            boolean isWord = Character.isLetter(word.charAt(0));
            if (isWord && Character.isUpperCase(word.charAt(0)) && m.start(3) > 0) {
                continue; // "Seven Sisters": part of a name
            }
            if (value < 3) {
                continue; // "two former adversaries": nothing worth asking
            }
            String before = s.substring(0, m.start()).stripTrailing();
            if (before.endsWith("Article") || before.endsWith("No.") || before.endsWith("Chapter")
                    || before.endsWith("Section") || before.endsWith("page") || before.endsWith("Resolution")) {
                continue;
            }
            if (m.group(4) != null) {
                value *= Lexicon.SCALES.get(m.group(4).toLowerCase(Locale.ROOT));
            }
            Unit unit = unitAfter(s, to);
            if (unit == null || SHORT_SPANS.contains(unit.head)) {
                continue;
            }
            int year = yearOf(sentence, dates, sentence.start() + m.start());
            String number = s.substring(m.start(3), to);
            facts.add(new CountFact(sentence, sentence.start() + m.start(3), sentence.start() + to, number, value,
                    unit.phrase, unit.head, m.group(1) != null, year));
        }
        return facts;
    }

    private record Unit(String phrase, String head) {
    }

    /** The noun phrase after the number, ending in the counted plural noun. */
    private static Unit unitAfter(String s, int from) {
        String rest = s.substring(from);
        if (!rest.startsWith(" ")) {
            return null;
        }
        String[] tokens = SPACES.split(rest.strip(), 7);
        List<String> phrase = new ArrayList<>();
        for (int i = 0; i < Math.min(tokens.length, 5); i++) {
            String raw = tokens[i];
            String token = TRAILING.matcher(raw).replaceAll("");
            boolean ends = !token.equals(raw);
            String lower = token.toLowerCase(Locale.ROOT);
            if (token.isEmpty() || STOP.contains(lower) || !WORD.matcher(token).matches()) {
                return null;
            }
            phrase.add(token);
            if (isPlural(token)) {
                // "counter-narcotics personnel": a hyphenated modifier may itself end in s
                String next = i + 1 < tokens.length && !ends ? TRAILING.matcher(tokens[i + 1]).replaceAll("") : "";
                if (token.contains("-") && !next.isEmpty() && isPlural(next) && Character.isLowerCase(next.charAt(0))) {
                    continue;
                }
                return new Unit(String.join(" ", phrase), lower);
            }
            if (ends || phrase.size() >= 4) {
                return null;
            }
        }
        return null;
    }

    private static boolean isPlural(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        if (PLURALS.contains(lower) || CURRENCY.contains(lower)) {
            return Character.isLowerCase(token.charAt(0));
        }
        if (!Character.isLowerCase(token.charAt(0)) || NOT_PLURAL.contains(lower) || lower.length() < 3) {
            return false;
        }
        return lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us") && !lower.endsWith("is")
                && !lower.endsWith("'s") && !lower.endsWith("’s");
    }

    private static boolean insideDate(int start, int end, List<DateFact> dates) {
        for (DateFact d : dates) {
            if (start < d.end() && d.start() < end) {
                return true;
            }
        }
        return false;
    }

    /** The year a count holds for: an absolute year in the same sentence, else the publication year. */
    static int yearOf(Sentence sentence, List<DateFact> dates, int before) {
        for (DateFact d : dates) {
            if (d.resolved() && !d.relative() && d.end() <= before) {
                return d.date().getYear();
            }
        }
        return sentence.year();
    }
}
