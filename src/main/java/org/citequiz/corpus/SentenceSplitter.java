package org.citequiz.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * Cuts a paragraph into sentences: OpenNLP's maximum-entropy detector proposes the boundaries, then news-style
 * corrections are applied that the general model gets wrong: titles, initials, month abbreviations before a
 * day, dotted abbreviations ("U.S.", "a.m.") inside a sentence, a closing quote left at the start of the next
 * sentence, and quotations that run over several sentences (kept whole with their attribution, including
 * quotations whose opening mark is missing).
 */
public class SentenceSplitter {

    static final String MODEL_RESOURCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

    /** Longest quotation kept as one passage; beyond that the quoted sentences are cut like any others. */
    static final int MAX_QUOTATION = 1200;

    private static volatile SentenceModel model;

    /** Titles before a name: never the end of a sentence. */
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "messrs", "mme", "dr", "prof", "sen", "rep",
            "gov", "gen", "lt", "col", "capt", "cpt", "sgt", "adm", "cmdr", "maj", "rev", "hon", "pres", "supt",
            "det", "insp", "st", "mt", "ft", "fr", "sr", "jr", "e.g", "i.e", "cf", "approx", "vs", "v", "viz");

    /** Abbreviations that only continue a sentence when a number follows: "Sept. 11", "No. 10", "Fig. 3". */
    private static final Set<String> BEFORE_NUMBER = Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "no", "nos", "fig", "vol", "p", "pp", "art", "sec", "ch");

    /** Words that typically open a new sentence; after "U.S." or "a.m." they signal a real boundary. */
    private static final Set<String> SENTENCE_OPENERS = Set.of("the", "a", "an", "he", "she", "it", "they", "we", "i",
            "you", "but", "and", "or", "in", "on", "at", "this", "that", "these", "those", "his", "her", "their",
            "our", "its", "there", "then", "when", "while", "after", "before", "if", "as", "so", "yet", "what", "who",
            "why", "how", "meanwhile", "however", "also", "some", "many", "most", "one", "no", "officials", "police",
            "later", "earlier", "since", "until", "during", "both", "all", "each", "such", "other", "another");

    private static final Pattern DOTTED_ABBREVIATION = Pattern.compile("(?:\\p{L}\\.){2,}");
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.");
    private static final String CLOSERS = "”\"’)]»";

    /** Sentences of the paragraph [start, end) of text, as offsets into text. */
    public List<Span> split(String text, Span paragraph) {
        String p = text.substring(paragraph.start(), paragraph.end());
        TreeSet<Integer> boundaries = new TreeSet<>();
        for (opennlp.tools.util.Span s : new SentenceDetectorME(model()).sentPosDetect(p)) {
            if (s.getEnd() < p.length()) {
                boundaries.add(s.getEnd());
            }
        }
        addMissedBoundaries(p, boundaries);
        List<Integer> kept = new ArrayList<>();
        for (int b : boundaries) {
            int moved = pullClosersBack(p, b);
            if (moved > 0 && moved < p.length() && !continuesAbbreviation(p, moved)) {
                kept.add(moved);
            }
        }
        List<int[]> quotations = quotations(p);
        kept.removeIf(b -> insideQuotation(quotations, b));

        List<Span> sentences = new ArrayList<>();
        int from = 0;
        for (int b : kept.stream().distinct().sorted().toList()) {
            addTrimmed(sentences, paragraph.start(), p, from, b);
            from = b;
        }
        addTrimmed(sentences, paragraph.start(), p, from, p.length());
        return sentences;
    }

    /**
     * The model rarely ends a sentence on a dotted abbreviation ("... in the U.S. The next round ..."); when the
     * next word is a typical sentence opener, it does end there.
     */
    private static void addMissedBoundaries(String p, TreeSet<Integer> boundaries) {
        Matcher m = ABBREVIATION_THEN_WORD.matcher(p);
        while (m.find()) {
            if (SENTENCE_OPENERS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                boundaries.add(m.start(1));
            }
        }
    }

    private static final Pattern ABBREVIATION_THEN_WORD = Pattern.compile(
            "(?<![\\p{L}.])(?:\\p{L}\\.){2,}\\s+(\\p{Lu}\\p{Ll}*)\\b");

    /**
     * A boundary placed before closing quotes or brackets ("... trust. | ” He said") belongs after them, so no
     * sentence starts with a closing mark.
     */
    private static int pullClosersBack(String p, int b) {
        int i = b;
        while (i < p.length() && TextLine.isSpace(p.charAt(i))) {
            i++;
        }
        int j = i;
        while (j < p.length() && CLOSERS.indexOf(p.charAt(j)) >= 0 && isClosingAt(p, j)) {
            j++;
        }
        return j > i ? j : b;
    }

    /** A straight quote or apostrophe closes when something other than space precedes it or space follows it. */
    private static boolean isClosingAt(String p, int i) {
        char c = p.charAt(i);
        if (c == '"' || c == '’' || c == '\'') {
            return i + 1 >= p.length() || TextLine.isSpace(p.charAt(i + 1));
        }
        return true;
    }

    /** True when the boundary b falls right after an abbreviation that does not end the sentence here. */
    static boolean continuesAbbreviation(String p, int b) {
        int end = b;
        while (end > 0 && TextLine.isSpace(p.charAt(end - 1))) {
            end--;
        }
        if (end == 0 || p.charAt(end - 1) != '.') {
            return false;
        }
        int start = end;
        while (start > 0 && !TextLine.isSpace(p.charAt(start - 1))) {
            start--;
        }
        String token = p.substring(start, end).replaceFirst("^[\"“‘'(\\[]+", "");
        String word = token.substring(0, token.length() - 1).toLowerCase(Locale.ROOT);
        String next = nextWord(p, b);
        if (next.isEmpty()) {
            return false;
        }
        if (TITLES.contains(word)) {
            return true;
        }
        if (BEFORE_NUMBER.contains(word)) {
            return Character.isDigit(next.codePointAt(0));
        }
        if (INITIAL.matcher(token).matches()) {
            // "George W. Bush", "J. K. Rowling": an initial is followed by the rest of the name.
            return Character.isUpperCase(next.codePointAt(0));
        }
        if (DOTTED_ABBREVIATION.matcher(token).matches()) {
            // "U.S. President", "8 a.m. local time" continue; "... in the U.S. The next day" does not.
            return !Character.isUpperCase(next.codePointAt(0))
                    || !SENTENCE_OPENERS.contains(next.toLowerCase(Locale.ROOT));
        }
        return false;
    }

    private static String nextWord(String p, int b) {
        Matcher m = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*").matcher(p);
        return m.find(b) ? m.group() : "";
    }

    /**
     * Quoted stretches [open, close] of the paragraph. Curly and straight double quotes are mixed freely in
     * pasted text, so roles come from position; a closing mark with no opening one before it means the
     * quotation began with the paragraph (the opening mark was lost).
     */
    static List<int[]> quotations(String p) {
        List<int[]> result = new ArrayList<>();
        int open = -1;
        boolean seenAny = false;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            boolean opening;
            if (c == '“') {
                opening = true;
            } else if (c == '”') {
                opening = false;
            } else if (c == '"') {
                boolean glued = i > 0 && !TextLine.isSpace(p.charAt(i - 1)) && "([—–".indexOf(p.charAt(i - 1)) < 0;
                // While a quotation is open the mark closes it; otherwise it opens one, unless it is the
                // paragraph's first mark and hangs on a word ("...develop", he said): a lost opening.
                opening = open < 0 && (seenAny || !glued);
            } else {
                continue;
            }
            if (opening) {
                open = i;
            } else if (open >= 0) {
                result.add(new int[] {open, i});
                open = -1;
            } else if (!seenAny) {
                result.add(new int[] {0, i});
            }
            seenAny = true;
        }
        result.removeIf(q -> q[1] - q[0] > MAX_QUOTATION);
        return result;
    }

    private static boolean insideQuotation(List<int[]> quotations, int b) {
        for (int[] q : quotations) {
            if (q[0] < b && b <= q[1]) {
                return true;
            }
        }
        return false;
    }

    private static void addTrimmed(List<Span> out, int offset, String p, int from, int to) {
        while (from < to && TextLine.isSpace(p.charAt(from))) {
            from++;
        }
        while (to > from && TextLine.isSpace(p.charAt(to - 1))) {
            to--;
        }
        if (from < to) {
            out.add(new Span(offset + from, offset + to));
        }
    }

    /** The English sentence model, read once from the model jar on the classpath; thread-safe to share. */
    static SentenceModel model() {
        SentenceModel m = model;
        if (m == null) {
            synchronized (SentenceSplitter.class) {
                m = model;
                if (m == null) {
                    try (InputStream in = SentenceSplitter.class.getResourceAsStream(MODEL_RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("OpenNLP sentence model " + MODEL_RESOURCE
                                    + " is not on the classpath (opennlp-models-sentdetect-en)");
                        }
                        m = new SentenceModel(in);
                        model = m;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        return m;
    }
}
