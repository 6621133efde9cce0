package org.citequiz.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what in a pasted news page is not article content: navigation and banner lines, date stamps,
 * share/subscribe/cookie lines, legal notices, duplicated lines, photo captions, the dateline, section
 * headings and the headline. Regions are marked, never removed: the text stays as received.
 *
 * <p>The rules are about how web pages are built, not about any particular page: they look at a line's shape
 * (length, capitals, final punctuation, position) and at the stock phrases sites put around articles.
 */
public class Cleaner {

    /** Lines left as content, in text order, each with the block (blank-line separated run) it sits in. */
    public record Cleaning(List<Exclusion> excluded, List<ContentLine> content) {
    }

    public record ContentLine(Span span, int block) {
    }

    private static final int CASE = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** Stand-alone labels that sites print around an article. */
    private static final Set<String> NAVIGATION_LABELS = Set.of("accessibility links", "skip to content",
            "skip to main content", "skip to navigation", "breaking news", "menu", "main menu", "search", "home",
            "sign in", "log in", "login", "register", "advertisement", "advertising", "sponsored", "related",
            "related stories", "related articles", "related content", "related topics", "more stories",
            "more news", "most read", "most popular", "most viewed", "trending", "trending now", "top stories",
            "live", "watch live", "back to top", "next article", "previous article", "close",
            "toggle navigation", "navigation", "share", "print", "email", "comments", "listen", "watch",
            "you may also like", "recommended", "read next", "latest news", "newsletter");

    private static final Pattern STAMP = Pattern.compile(
            "^(?:last\\s+updated|last\\s+modified|updated(?:\\s+on)?|published(?:\\s+on)?|first\\s+published|posted(?:\\s+on)?|date\\s*:)(?![\\p{L}])",
            CASE);

    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String WEEKDAY = "(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?";
    private static final String TIME = "(?:\\s*,?\\s*(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,4})?)?";

    /** A line that is nothing but a date (and time), as sites print above or below a headline. */
    static final Pattern DATE_ONLY = Pattern.compile("^" + WEEKDAY + "(?:"
            + "\\d{1,2}\\s+" + MONTH + ",?\\s+\\d{4}"
            + "|" + MONTH + "\\s+\\d{1,2},?\\s+\\d{4}"
            + "|\\d{4}-\\d{2}-\\d{2}"
            + "|\\d{1,2}/\\d{1,2}/\\d{2,4}"
            + ")" + TIME + "$", CASE);

    /** "Updated figures show..." is a sentence; "Updated 10:42 a.m., March 9" is a stamp. */
    private static final Pattern HAS_DATE_OR_TIME = Pattern.compile("\\b\\d{1,2}[:.]\\d{2}\\b|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b"
            + "|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}\\s+" + MONTH + "|\\b" + MONTH + "\\s+\\d{1,2}\\b"
            + "|\\b\\d+\\s+(?:minutes?|hours?|days?)\\s+ago\\b", CASE);

    private static final Pattern SHARE = Pattern.compile(
            "^(?:get the latest|subscribe\\b|sign up\\b|follow us\\b|share (?:this|on|via)\\b|download (?:our|the) app"
                    + "|read more\\b|join (?:us|our)\\b|click to share|tweet this|email this|print this"
                    + "|support (?:our|independent) journalism)"
                    + "|\\b(?:subscribe (?:to (?:our|this)|now|today)|sign up for (?:our|the) (?:\\w+ )?newsletter"
                    + "|our newsletter|newsletter sign-?up)\\b"
                    + "|\\b(?:we|this (?:site|website)|our (?:site|website)) uses? cookies\\b"
                    + "|\\bcookie (?:policy|settings|preferences|notice)\\b|\\baccept (?:all )?cookies\\b"
                    + "|\\buse of cookies\\b",
            CASE);

    private static final Pattern LEGAL = Pattern.compile(
            "\\bhas been (?:declared|designated|labell?ed) (?:an? |as an? )?[\"“']?(?:undesirable|foreign agent|extremist)"
                    + "|\\bcould face (?:fines|prosecution|imprisonment|criminal)"
                    + "|\\bclick here\\b|\\ball rights reserved\\b|^(?:©|\\(c\\)\\s|copyright\\b)|©\\s*\\d{4}"
                    + "|\\bterms (?:of (?:use|service)|and conditions)\\b|\\bprivacy policy\\b"
                    + "|\\bmay not be (?:published|reproduced|republished|redistributed|rewritten)\\b",
            CASE);

    private static final Pattern CAPTION = Pattern.compile(
            "^(?:\\(?(?:left to right|right to left|from left|from right|clockwise from (?:top )?left|l-r|l to r)\\)?[:,]"
                    + "|(?:photo|photograph|picture|image|file photo|pictured|caption|credit)s?\\s*(?:by\\b|:)"
                    + "|\\(photo\\b)"
                    + "|\\((?:photo|ap photo|afp photo|reuters|getty images|epa|file photo)[^)]{0,80}\\)$"
                    + "|\\b(?:photo|photograph|image|picture)\\s*(?:by|:|credit:?)\\s+[^.]{0,60}(?:/|\\bfor\\b)\\s*[^.]{0,40}$",
            CASE);

    /**
     * An all-capitals place, optionally ", Region" and "(Agency)", then a dash, opening the story:
     * "BRUSSELS, Belgium --", "WASHINGTON (AP) —".
     */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu}.'’-]{2,}(?:\\s+\\p{Lu}[\\p{Lu}.'’-]*){0,3}"
                    + "(?:,\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,2})?"
                    + "(?:\\s*\\([^)]{1,40}\\))?\\s*(?:--|—|–|\\s-\\s)\\s*");

    private static final Pattern TRAILING_LABEL_MARKS = Pattern.compile("[\\s:|»›>]+$");
    private static final Pattern TRAILING_DASHES = Pattern.compile("[\\s|–—-]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING_CLOSERS = Pattern.compile("[\"”’'»)\\]\\s]+$");
    private static final Pattern LEADING_BULLETS = Pattern.compile("^[\\s•·▪◦*●■►|.,:;–—-]+");

    private static final Set<String> MINOR_WORDS = Set.of("a", "an", "the", "and", "or", "but", "nor", "of", "on",
            "in", "to", "for", "at", "by", "with", "from", "as", "vs", "via", "into", "over", "up", "off", "per");

    public Cleaning clean(String text) {
        List<TextLine> lines = TextLine.split(text);
        int n = lines.size();
        String[] reasons = new String[n];
        String[] content = new String[n];
        for (int i = 0; i < n; i++) {
            content[i] = lines.get(i).of(text);
            reasons[i] = byPhrase(content[i]);
        }
        markMenus(lines, content, reasons);
        markDuplicates(lines, content, reasons);
        Map<Integer, Integer> datelines = markDateline(lines, content, reasons);
        markHeadlineAndHeadings(lines, content, reasons);

        List<Exclusion> excluded = new ArrayList<>();
        List<ContentLine> kept = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            TextLine line = lines.get(i);
            if (reasons[i] != null) {
                excluded.add(new Exclusion(line.start(), line.end(), reasons[i]));
                continue;
            }
            int contentStart = line.start();
            Integer datelineEnd = datelines.get(i);
            if (datelineEnd != null) {
                excluded.add(new Exclusion(line.start(), trimEnd(text, line.start(), datelineEnd), Exclusion.DATELINE));
                contentStart = datelineEnd;
            }
            kept.add(new ContentLine(new Span(contentStart, line.end()), line.block()));
        }
        excluded.sort(Comparator.comparingInt(Exclusion::start));
        return new Cleaning(List.copyOf(excluded), List.copyOf(kept));
    }

    /** What a single line is, judged by its own shape and wording (null: looks like content). */
    static String byPhrase(String line) {
        String bare = stripBullets(line);
        if (bare.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return Exclusion.NAVIGATION;
        }
        String label = TRAILING_LABEL_MARKS.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll("").strip();
        if (NAVIGATION_LABELS.contains(label)) {
            return Exclusion.NAVIGATION;
        }
        if (isBreadcrumb(bare)) {
            return Exclusion.NAVIGATION;
        }
        String dateCandidate = TRAILING_DASHES.matcher(bare).replaceAll("");
        int words = words(bare); // counted once, and checked before the patterns: long lines are prose
        if ((words <= 12 && STAMP.matcher(bare).find() && HAS_DATE_OR_TIME.matcher(bare).find())
                || DATE_ONLY.matcher(dateCandidate).matches()) {
            return Exclusion.STAMP;
        }
        if (words <= 40 && SHARE.matcher(bare).find()) {
            return Exclusion.SHARE;
        }
        if (words <= 80 && LEGAL.matcher(bare).find()) {
            return Exclusion.LEGAL;
        }
        if (words <= 60 && CAPTION.matcher(bare).find()) {
            return Exclusion.CAPTION;
        }
        return null;
    }

    /** "Home | World | Europe" or "News › World › Europe": short items joined by separators. */
    private static boolean isBreadcrumb(String line) {
        String[] items = line.split("\\s*[|»›]\\s*");
        if (items.length < 3) {
            return false;
        }
        for (String item : items) {
            if (words(item) > 4) {
                return false;
            }
        }
        return true;
    }

    /** Three or more consecutive very short lines without sentence punctuation are a menu. */
    private static void markMenus(List<TextLine> lines, String[] content, String[] reasons) {
        int i = 0;
        while (i < lines.size()) {
            if (!isMenuItem(content[i], reasons[i])) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < lines.size() && isMenuItem(content[j], reasons[j]) && lines.get(j).block() == lines.get(j - 1).block()) {
                j++;
            }
            if (j - i >= 3) {
                for (int k = i; k < j; k++) {
                    if (reasons[k] == null) {
                        reasons[k] = Exclusion.NAVIGATION;
                    }
                }
            }
            i = j;
        }
    }

    private static boolean isMenuItem(String line, String reason) {
        return Exclusion.NAVIGATION.equals(reason)
                || words(line) <= 3 && (!endsSentence(line) || DOTTED.matcher(line).matches());
    }

    /** "U.S.", "U.K.": a menu item, not a sentence, despite its final period. */
    private static final Pattern DOTTED = Pattern.compile("(?:\\p{L}\\.){2,}");

    /**
     * A line printed twice is page furniture (typically a photo caption rendered once as alt text and once as
     * caption): when the copies are adjacent both are marked, otherwise only the later copies.
     */
    private static void markDuplicates(List<TextLine> lines, String[] content, String[] reasons) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String key = SPACES.matcher(content[i]).replaceAll(" ").toLowerCase(Locale.ROOT);
            if (words(key) < 3) {
                continue;
            }
            Integer earlier = first.putIfAbsent(key, i);
            if (earlier == null) {
                continue;
            }
            if (earlier == i - 1 && reasons[earlier] == null) {
                reasons[earlier] = Exclusion.CAPTION;
            }
            if (reasons[i] == null) {
                reasons[i] = Exclusion.DUPLICATE;
            }
        }
    }

    /**
     * The dateline ("BRUSSELS --") opens the story in the first content block; lines above it in that block are
     * photo captions rendered just before the story text. Returns line index → end of the dateline prefix.
     */
    private static Map<Integer, Integer> markDateline(List<TextLine> lines, String[] content, String[] reasons) {
        Map<Integer, Integer> result = new HashMap<>();
        int firstContent = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (reasons[i] == null && !(isStandalone(lines, i) && !endsSentence(content[i]))) {
                firstContent = i;
                break;
            }
        }
        if (firstContent < 0) {
            return result;
        }
        int block = lines.get(firstContent).block();
        for (int i = firstContent; i < lines.size() && lines.get(i).block() == block; i++) {
            if (reasons[i] != null) {
                continue;
            }
            Matcher m = DATELINE.matcher(content[i]);
            if (m.find() && m.end() < content[i].length() && !isAcronymSubject(content[i], m)) {
                result.put(i, lines.get(i).start() + m.end());
                for (int j = firstContent; j < i; j++) {
                    if (reasons[j] == null) {
                        reasons[j] = Exclusion.CAPTION;
                    }
                }
                break;
            }
        }
        return result;
    }

    /** "NATO -- the alliance ..." is a sentence about NATO, not a dateline: datelines name places, not acronyms. */
    private static boolean isAcronymSubject(String line, Matcher dateline) {
        String place = line.substring(0, dateline.end()).replaceAll("[\\s(,–—-].*$", "");
        return place.length() <= 4 && !line.substring(0, dateline.end()).contains(",");
    }

    /**
     * Before any content, the first stand-alone line without final punctuation is the headline; later,
     * short stand-alone title-case lines are section headings.
     */
    private static void markHeadlineAndHeadings(List<TextLine> lines, String[] content, String[] reasons) {
        boolean headlineFound = false;
        boolean contentSeen = false;
        for (int i = 0; i < lines.size(); i++) {
            if (reasons[i] != null) {
                continue;
            }
            String line = content[i];
            boolean standalone = isStandalone(lines, i);
            if (!contentSeen && !headlineFound && standalone && !endsSentence(line) && words(line) <= 20
                    && Character.isUpperCase(line.codePointAt(0))) {
                reasons[i] = Exclusion.HEADLINE;
                headlineFound = true;
                continue;
            }
            if (standalone && isHeading(line)) {
                reasons[i] = Exclusion.HEADING;
                continue;
            }
            contentSeen = true;
        }
    }

    static boolean isHeading(String line) {
        if (words(line) > 10 || endsSentence(line) || line.endsWith(",") || line.endsWith(";")
                || line.endsWith(":")) {
            return false;
        }
        String[] tokens = line.split("\\s+");
        if (!Character.isUpperCase(tokens[0].codePointAt(0))) {
            return false;
        }
        int significant = 0;
        int capitalised = 0;
        for (String token : tokens) {
            String word = token.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            if (word.isEmpty() || MINOR_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                continue;
            }
            significant++;
            if (Character.isUpperCase(word.codePointAt(0)) || Character.isDigit(word.codePointAt(0))) {
                capitalised++;
            }
        }
        return significant > 0 && capitalised == significant;
    }

    private static boolean isStandalone(List<TextLine> lines, int i) {
        int block = lines.get(i).block();
        return (i == 0 || lines.get(i - 1).block() != block)
                && (i == lines.size() - 1 || lines.get(i + 1).block() != block);
    }

    /** Ends with sentence punctuation, possibly followed by closing quotes or brackets. */
    static boolean endsSentence(String line) {
        String s = TRAILING_CLOSERS.matcher(line).replaceAll("");
        return !s.isEmpty() && ".!?…".indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    private static String stripBullets(String line) {
        return LEADING_BULLETS.matcher(line).replaceFirst("");
    }

    /** Whitespace-separated words (counted without splitting: every line of every upload is counted). */
    static int words(String s) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = Character.isWhitespace(s.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start && TextLine.isSpace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}
