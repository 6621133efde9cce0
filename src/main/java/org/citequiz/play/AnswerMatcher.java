package org.citequiz.play;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Compares typed answers the way a teacher would: case, accents, punctuation and spacing do not matter, number
 * words equal digits ("twenty-nine" = "29", "2,000" = "2000") and a leading article is ignored.
 */
public final class AnswerMatcher {

    private static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90),
            // ordinals read as their numbers, so "seventh" matches "7th" (whose suffix is dropped below)
            Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
            Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
            Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12),
            Map.entry("twentieth", 20), Map.entry("thirtieth", 30));
    private static final Map<String, Long> SCALES = Map.of("hundred", 100L, "thousand", 1_000L,
            "million", 1_000_000L, "billion", 1_000_000_000L);
    private static final List<String> ARTICLES = List.of("the", "a", "an");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d)[,\u00a0\u202f'](?=\\d{3}(?!\\d))");
    private static final Pattern STRAY_POINT = Pattern.compile("(?<!\\d)\\.|\\.(?!\\d)");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}.]+");
    private static final Pattern ORDINAL_SUFFIX = Pattern.compile("^(\\d+)(st|nd|rd|th)$");
    private static final Pattern NUMBER = Pattern.compile("^-?\\d+(\\.\\d+)?$");

    private AnswerMatcher() {
    }

    /** True when the typed response matches the answer or one of the accepted variants. */
    public static boolean matches(String response, String answer, List<String> accepted) {
        String typed = fold(response);
        if (typed.isEmpty()) {
            return false;
        }
        if (typed.equals(fold(answer))) {
            return true;
        }
        for (String variant : accepted) {
            if (typed.equals(fold(variant))) {
                return true;
            }
        }
        return false;
    }

    /** The comparable form of a typed answer. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
        s = s.replace("&", " and ");
        s = THOUSANDS.matcher(s).replaceAll("");
        // Keep a decimal point between digits; every other punctuation mark separates words.
        s = STRAY_POINT.matcher(s).replaceAll(" ");
        s = NOT_WORD.matcher(s).replaceAll(" ");
        List<String> tokens = new ArrayList<>();
        for (String t : s.trim().split(" ")) {
            if (!t.isEmpty()) {
                var ordinal = ORDINAL_SUFFIX.matcher(t);
                tokens.add(ordinal.matches() ? ordinal.group(1) : t);
            }
        }
        tokens = numbersAsDigits(tokens);
        if (tokens.size() > 1 && ARTICLES.contains(tokens.get(0))) {
            tokens = tokens.subList(1, tokens.size());
        }
        return String.join(" ", tokens);
    }

    /** The number a typed answer states ("29", "twenty-nine", "2,000 troops"), if it states exactly one. */
    public static OptionalDouble number(String text) {
        String folded = fold(text);
        Double found = null;
        for (String token : folded.split(" ")) {
            if (NUMBER.matcher(token).matches()) {
                if (found != null) {
                    return OptionalDouble.empty();
                }
                found = Double.valueOf(token);
            }
        }
        if (found == null && text != null) {
            // "-3" or "1e3" typed into a number box
            try {
                return OptionalDouble.of(Double.parseDouble(text.strip().replace(",", "")));
            } catch (NumberFormatException e) {
                return OptionalDouble.empty();
            }
        }
        return found == null ? OptionalDouble.empty() : OptionalDouble.of(found);
    }

    private static List<String> numbersAsDigits(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        int i = 0;
        while (i < tokens.size()) {
            if (!isNumberWord(tokens.get(i))) {
                out.add(tokens.get(i++));
                continue;
            }
            long total = 0;
            long current = 0;
            while (i < tokens.size()) {
                String t = tokens.get(i);
                if (SMALL.containsKey(t)) {
                    int v = SMALL.get(t);
                    boolean fresh = current % 100 == 0;
                    boolean unitAfterTens = v < 10 && current % 100 >= 20 && current % 10 == 0;
                    if (!fresh && !unitAfterTens) {
                        break; // "one two" is two numbers, not three
                    }
                    current += v;
                } else if (t.equals("hundred")) {
                    current = (current == 0 ? 1 : current) * 100;
                } else if (SCALES.containsKey(t)) {
                    total += (current == 0 ? 1 : current) * SCALES.get(t);
                    current = 0;
                } else if (t.equals("and") && i + 1 < tokens.size() && isNumberWord(tokens.get(i + 1))) {
                    // "one hundred and five"
                } else {
                    break;
                }
                i++;
            }
            out.add(String.valueOf(total + current));
        }
        return out;
    }

    private static boolean isNumberWord(String token) {
        return SMALL.containsKey(token) || SCALES.containsKey(token);
    }
}
