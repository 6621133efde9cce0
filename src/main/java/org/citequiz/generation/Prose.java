package org.citequiz.generation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Small text operations shared by extractors, builders and the measurement: folding, quoting, word sets. */
public final class Prose {

    public static final String BLANK = "_____";

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");
    private static final java.util.regex.Pattern THOUSANDS = java.util.regex.Pattern.compile("(\\d),(\\d{3})");
    private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile("['’]s\\b");

    private Prose() {
    }

    /** Runs of whitespace as one space, trimmed. */
    static String oneLine(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Folds an answer as play scores typed answers: case, accents and punctuation ignored, number words as digits.
     */
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        String ascii = isAscii(s) || Normalizer.isNormalized(s, Normalizer.Form.NFKD) ? s
                : MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
        String lower = ascii.toLowerCase(Locale.ROOT);
        if (lower.indexOf(',') >= 0) {
            lower = THOUSANDS.matcher(lower).replaceAll("$1$2");
        }
        if (lower.indexOf('\'') >= 0 || lower.indexOf('’') >= 0) {
            lower = POSSESSIVE.matcher(lower).replaceAll("");
        }
        // tokens are runs of [a-z0-9.], full stops dropped; number words become digits
        StringBuilder out = new StringBuilder(lower.length());
        StringBuilder token = new StringBuilder();
        for (int i = 0; i <= lower.length(); i++) {
            char c = i < lower.length() ? lower.charAt(i) : ' ';
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                token.append(c);
            } else if (c != '.' || i == lower.length()) {
                appendToken(out, token);
            }
        }
        return out.toString();
    }

    private static void appendToken(StringBuilder out, StringBuilder token) {
        if (token.length() == 0) {
            return;
        }
        String t = token.toString();
        token.setLength(0);
        Long n = Lexicon.NUMBER_WORDS.get(t);
        if (out.length() > 0) {
            out.append(' ');
        }
        out.append(n != null ? n.toString() : t);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** Content words of a text, lower case, for similarity measures. */
    public static List<String> words(String s) {
        List<String> words = new ArrayList<>();
        for (String w : fold(s).split(" ")) {
            if (!w.isEmpty() && !Lexicon.STOPWORDS.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }

    /** Puts a sentence in quotation marks, shortened around the blank when it is long. */
    static String quoted(String sentence) {
        String inner = sentence.replaceAll("^[\"“”]+|[\"“”]+$", "");
        return "“" + shorten(inner, 45) + "”";
    }

    static String shorten(String sentence, int maxWords) {
        String[] words = sentence.split(" ");
        if (words.length <= maxWords) {
            return sentence;
        }
        int blank = 0;
        for (int i = 0; i < words.length; i++) {
            if (words[i].contains(BLANK)) {
                blank = i;
                break;
            }
        }
        int from = Math.max(0, Math.min(blank - maxWords / 2, words.length - maxWords));
        int to = Math.min(words.length, from + maxWords);
        StringBuilder sb = new StringBuilder(from > 0 ? "… " : "");
        for (int i = from; i < to; i++) {
            sb.append(words[i]).append(i + 1 < to ? " " : "");
        }
        return sb.append(to < words.length ? " …" : "").toString();
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
