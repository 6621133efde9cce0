package org.citequiz.corpus;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the date a page prints for its article, for documents whose source gave none. It looks only at the page
 * furniture above the story (stamp lines, the lines before the first paragraph): a date printed on its own is
 * the publication date; a "Last updated" stamp is used only when nothing better is printed and its year agrees
 * with the article, because archives re-stamp old stories (a 2002 report "Last Updated: 07/27/2016").
 */
public class PublicationDateFinder {

    /** A stamp agrees with the article when it falls within this many years after some year the article names. */
    static final int STAMP_YEARS_AFTER_CONTENT = 10;

    private static final String MONTH_NAME = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})\\s+" + MONTH_NAME + ",?\\s+(\\d{4})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH_NAME + "\\s+(\\d{1,2}),?\\s+(\\d{4})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern SLASHED = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b");
    private static final Pattern REVISION = Pattern.compile("\\b(updated|modified|revised|archived)\\b",
            Pattern.CASE_INSENSITIVE);

    /** The article's own date, if the page prints one that can be trusted. */
    public Optional<LocalDate> find(String text, Segmentation segmentation) {
        int storyStart = segmentation.paragraphs().isEmpty() ? text.length()
                : segmentation.paragraphs().get(0).start();
        List<Span> furniture = new ArrayList<>();
        for (Exclusion e : segmentation.excluded()) {
            boolean aboveStory = e.start() < storyStart && !Exclusion.CAPTION.equals(e.reason())
                    && !Exclusion.DUPLICATE.equals(e.reason()) && !Exclusion.LEGAL.equals(e.reason());
            if (aboveStory || Exclusion.STAMP.equals(e.reason()) || Exclusion.DATELINE.equals(e.reason())) {
                furniture.add(new Span(e.start(), e.end()));
            }
        }
        LocalDate stamp = null;
        for (Span line : furniture) {
            String s = line.of(text);
            Optional<LocalDate> date = dateIn(s);
            if (date.isEmpty()) {
                continue;
            }
            if (!REVISION.matcher(s).find()) {
                return date;
            }
            if (stamp == null) {
                stamp = date.get();
            }
        }
        if (stamp != null && agreesWithContent(stamp, contentYears(text, segmentation))) {
            return Optional.of(stamp);
        }
        return Optional.empty();
    }

    static boolean agreesWithContent(LocalDate stamp, TreeSet<Integer> contentYears) {
        if (contentYears.isEmpty()) {
            return true;
        }
        for (int year : contentYears) {
            int after = stamp.getYear() - year;
            if (after >= 0 && after <= STAMP_YEARS_AFTER_CONTENT) {
                return true;
            }
        }
        return false;
    }

    private static TreeSet<Integer> contentYears(String text, Segmentation segmentation) {
        TreeSet<Integer> years = new TreeSet<>();
        for (Span paragraph : segmentation.paragraphs()) {
            Matcher m = YEAR.matcher(paragraph.of(text));
            while (m.find()) {
                years.add(Integer.parseInt(m.group(1)));
            }
        }
        return years;
    }

    /** The first date written in the line, in any of the usual news formats. */
    static Optional<LocalDate> dateIn(String s) {
        Matcher m = DAY_MONTH_YEAR.matcher(s);
        if (m.find()) {
            return date(m.group(3), month(m.group(2)), m.group(1));
        }
        m = MONTH_DAY_YEAR.matcher(s);
        if (m.find()) {
            return date(m.group(3), month(m.group(1)), m.group(2));
        }
        m = ISO.matcher(s);
        if (m.find()) {
            return date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
        }
        m = SLASHED.matcher(s);
        if (m.find()) {
            int first = Integer.parseInt(m.group(1));
            int second = Integer.parseInt(m.group(2));
            // Month first (US sites) unless the first number cannot be a month.
            return first > 12 ? date(m.group(3), second, m.group(1)) : date(m.group(3), first, m.group(2));
        }
        return Optional.empty();
    }

    private static int month(String name) {
        String key = name.toLowerCase(Locale.ROOT).substring(0, 3);
        return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
                .indexOf(key) + 1;
    }

    private static Optional<LocalDate> date(String year, int month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
