package org.citequiz.generation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citequiz.generation.DateFact.Precision;

/**
 * Finds dates and years in a sentence and normalises them. Relative expressions ("on Thursday", "last month",
 * "next year", "ten years ago") are resolved against the publication date; ranges that name no single day, month
 * or year ("last week", "earlier this week") and anything in an undated document stay unresolved.
 */
final class DateExtractor {

    private static final String M = Lexicon.MONTH_PATTERN;
    private static final String ORD = "(?:st|nd|rd|th)?";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})" + ORD + "\\s+(" + M + ")(?!\\w)\\s*,?\\s+(\\d{4})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b(" + M + ")(?!\\w)\\s+(\\d{1,2})" + ORD + ",?\\s+(\\d{4})\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b(" + M + ")(?!\\w),?\\s+(?:of\\s+)?(\\d{4})\\b");
    private static final Pattern MONTH_RELATIVE_YEAR = Pattern.compile(
            "\\b(" + M + ")(?!\\w)\\s+(?:of\\s+)?(this|last|next) year\\b");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b(" + M + ")(?!\\w)\\s+(\\d{1,2})" + ORD + "\\b(?!,?\\s*\\d)");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})" + ORD + "\\s+(" + M + ")(?!\\w)(?!\\s*,?\\s*\\d)");
    private static final Pattern YEAR = Pattern.compile(
            "(?<![\\d,.$€£/:-])\\b(1[6-9]\\d{2}|20\\d{2})\\b(?![\\d,/:]\\d|s\\b|['’]s\\b|-\\d|\\s+(?!has\\b|was\\b|is\\b)[a-z]+s\\b|\\s*%)");
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(?:(on|last|this past|earlier|late|early|next)\\s+)?(" + Lexicon.WEEKDAY_PATTERN + ")\\b(?!['’]s)");
    private static final Pattern TODAY = Pattern.compile("\\b([Tt]oday|[Yy]esterday)\\b(?!['’]s)");
    private static final Pattern RELATIVE_PERIOD = Pattern.compile(
            "\\b(?:(earlier|later|late|early)\\s+)?(last|this|next|earlier this|later this)\\s+(week|month|year)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AGO = Pattern.compile(
            "\\b(?:(over|more than|some|about|nearly|almost|around|roughly)\\s+)?(\\d{1,3}|" + Lexicon.NUMBER_WORD_PATTERN
                    + "|a|an)\\s+(years?|months?)\\s+ago\\b", Pattern.CASE_INSENSITIVE);

    List<DateFact> extract(Sentence sentence) {
        String text = sentence.source().text();
        String s = sentence.text();
        int base = sentence.start();
        BitSet taken = new BitSet(s.length());
        List<DateFact> facts = new ArrayList<>();
        LocalDate pub = sentence.publishedOn();
        // cheap checks first: a pattern only runs over a sentence that has the words it needs
        String lower = s.toLowerCase(Locale.ROOT);
        String withMonth = mentionsMonth(s) ? s : "";
        String withDay = lower.contains("day") ? s : "";

        Matcher m = DAY_MONTH_YEAR.matcher(withMonth);
        while (m.find()) {
            LocalDate d = safeDate(Integer.parseInt(m.group(3)), Lexicon.month(m.group(2)), Integer.parseInt(m.group(1)));
            add(facts, taken, sentence, m.start(), m.end(), d, Precision.DAY, false, null);
        }
        m = MONTH_DAY_YEAR.matcher(withMonth);
        while (m.find()) {
            LocalDate d = safeDate(Integer.parseInt(m.group(3)), Lexicon.month(m.group(1)), Integer.parseInt(m.group(2)));
            add(facts, taken, sentence, m.start(), m.end(), d, Precision.DAY, false, null);
        }
        m = MONTH_YEAR.matcher(withMonth);
        while (m.find()) {
            LocalDate d = safeDate(Integer.parseInt(m.group(2)), Lexicon.month(m.group(1)), 1);
            add(facts, taken, sentence, m.start(), m.end(), d, Precision.MONTH, false, null);
        }
        m = MONTH_RELATIVE_YEAR.matcher(withMonth);
        while (m.find()) {
            LocalDate d = null;
            if (pub != null) {
                int year = pub.getYear() + switch (m.group(2)) {
                    case "last" -> -1;
                    case "next" -> 1;
                    default -> 0;
                };
                d = safeDate(year, Lexicon.month(m.group(1)), 1);
            }
            add(facts, taken, sentence, m.start(), m.end(), d, Precision.MONTH, true, null);
        }
        m = MONTH_DAY.matcher(withMonth);
        while (m.find()) {
            add(facts, taken, sentence, m.start(), m.end(),
                    nearestYear(pub, Lexicon.month(m.group(1)), Integer.parseInt(m.group(2))), Precision.DAY, true, null);
        }
        m = DAY_MONTH.matcher(withMonth);
        while (m.find()) {
            add(facts, taken, sentence, m.start(), m.end(),
                    nearestYear(pub, Lexicon.month(m.group(2)), Integer.parseInt(m.group(1))), Precision.DAY, true, null);
        }
        m = AGO.matcher(lower.contains("ago") ? s : "");
        while (m.find()) {
            Double n = Lexicon.number(m.group(2));
            boolean vague = m.group(1) != null || n == null;
            boolean years = m.group(3).toLowerCase(Locale.ROOT).startsWith("year");
            LocalDate d = null;
            if (pub != null && !vague && years) {
                d = LocalDate.of(pub.getYear() - n.intValue(), 1, 1);
            }
            String blank = m.start() == 0 ? "In " + Prose.BLANK : "in " + Prose.BLANK;
            add(facts, taken, sentence, m.start(), m.end(), d, Precision.YEAR, true, blank);
        }
        m = RELATIVE_PERIOD.matcher(
                lower.contains("week") || lower.contains("month") || lower.contains("year") ? s : "");
        while (m.find()) {
            LocalDate d = null;
            Precision p = Precision.YEAR;
            String which = m.group(2).toLowerCase(Locale.ROOT);
            String unit = m.group(3).toLowerCase(Locale.ROOT);
            if (pub != null && !unit.equals("week") && m.group(1) == null) {
                int delta = which.equals("last") ? -1 : which.equals("next") ? 1 : 0;
                if (unit.equals("month")) {
                    d = pub.withDayOfMonth(1).plusMonths(delta);
                    p = Precision.MONTH;
                } else {
                    d = LocalDate.of(pub.getYear() + delta, 1, 1);
                }
            }
            String before = s.substring(0, m.start()).stripTrailing().toLowerCase(Locale.ROOT);
            boolean hasPreposition = before.endsWith(" of") || before.endsWith(" in") || before.endsWith(" by")
                    || before.endsWith(" until") || before.endsWith(" since") || before.endsWith(" for");
            String blank = hasPreposition ? Prose.BLANK : (m.start() == 0 ? "In " : "in ") + Prose.BLANK;
            add(facts, taken, sentence, m.start(), m.end(), d, p, true, blank);
        }
        m = WEEKDAY.matcher(withDay);
        while (m.find()) {
            LocalDate d = null;
            if (pub != null) {
                DayOfWeek day = Lexicon.WEEKDAYS.get(m.group(2).toLowerCase(Locale.ROOT));
                String prefix = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
                d = switch (prefix) {
                    case "next" -> pub.with(TemporalAdjusters.next(day));
                    case "last", "this past" -> pub.with(TemporalAdjusters.previous(day));
                    default -> pub.with(TemporalAdjusters.previousOrSame(day));
                };
            }
            // "on Thursday" keeps its "on"; "earlier Wednesday" becomes "earlier on _____".
            int from = m.start(2);
            String blank = m.group(1) != null && m.group(1).equals("on") ? Prose.BLANK : "on " + Prose.BLANK;
            if (m.group(1) != null && (m.group(1).equals("last") || m.group(1).equals("next")
                    || m.group(1).equals("this past"))) {
                from = m.start();
            }
            add(facts, taken, sentence, from, m.end(), d, Precision.DAY, true, blank);
        }
        m = TODAY.matcher(withDay);
        while (m.find()) {
            LocalDate d = pub == null ? null : m.group(1).equalsIgnoreCase("today") ? pub : pub.minusDays(1);
            String before = s.substring(0, m.start()).stripTrailing();
            String blank = before.endsWith(" on") ? Prose.BLANK : (m.start() == 0 ? "On " : "on ") + Prose.BLANK;
            add(facts, taken, sentence, m.start(), m.end(), d, Precision.DAY, true, blank);
        }
        m = YEAR.matcher(s);
        while (m.find()) {
            int year = Integer.parseInt(m.group(1));
            add(facts, taken, sentence, m.start(), m.end(), LocalDate.of(year, 1, 1), Precision.YEAR, false, null);
        }
        facts.sort(Comparator.comparingInt(DateFact::start));
        return facts;
    }

    private static final String[] MONTH_STEMS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
            "Nov", "Dec"};

    private static boolean mentionsMonth(String s) {
        for (String stem : MONTH_STEMS) {
            if (s.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    private static void add(List<DateFact> facts, BitSet taken, Sentence sentence, int from, int to, LocalDate date,
            Precision precision, boolean relative, String blank) {
        if (taken.get(from, to).cardinality() > 0) {
            return;
        }
        taken.set(from, to);
        if (relative && insideQuotation(sentence.text(), from)) {
            return; // "the threats all nations face today": a speaker's "today" is not a date
        }
        String expression = sentence.text().substring(from, to);
        facts.add(new DateFact(sentence, sentence.start() + from, sentence.start() + to, expression, date,
                precision, relative, blank == null ? Prose.BLANK : blank));
    }

    /** More opening than closing marks before {@code at}: the position is inside a quotation. */
    static boolean insideQuotation(String s, int at) {
        int open = 0;
        int straight = 0;
        for (int i = 0; i < at; i++) {
            char c = s.charAt(i);
            if (c == '“') {
                open++;
            } else if (c == '”') {
                open--;
            } else if (c == '"') {
                straight++;
            }
        }
        return open > 0 || straight % 2 == 1;
    }

    private static LocalDate safeDate(int year, Integer month, int day) {
        if (month == null) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** A month and day without a year: the occurrence closest to publication, at most ten months before it. */
    private static LocalDate nearestYear(LocalDate pub, Integer month, int day) {
        if (pub == null || month == null) {
            return null;
        }
        for (int year = pub.getYear() + 1; year >= pub.getYear() - 1; year--) {
            LocalDate d = safeDate(year, month, day);
            if (d != null && !d.isAfter(pub.plusDays(60)) && !d.isBefore(pub.minusDays(300))) {
                return d;
            }
        }
        return null;
    }
}
