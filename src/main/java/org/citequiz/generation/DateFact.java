package org.citequiz.generation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A date or year in a sentence, normalised with its precision. {@code date} is null when the expression is
 * relative and cannot honestly be resolved against the publication date; no question asks for those.
 *
 * @param start where the blank starts in the stored text
 * @param end where the blank ends
 * @param blank what replaces [start, end) in a cloze (e.g. "in _____" for "last month")
 */
record DateFact(Sentence sentence, int start, int end, String expression, LocalDate date, Precision precision,
        boolean relative, String blank) implements Fact {

    enum Precision {
        DAY, MONTH, YEAR
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter US_DAY = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

    boolean resolved() {
        return date != null;
    }

    @Override
    public String kind() {
        return "DATE";
    }

    @Override
    public String answer() {
        return display(date, precision);
    }

    static String display(LocalDate date, Precision precision) {
        return switch (precision) {
            case DAY -> DAY.format(date);
            case MONTH -> MONTH.format(date);
            case YEAR -> String.valueOf(date.getYear());
        };
    }

    List<String> variants() {
        List<String> v = new ArrayList<>();
        if (precision == Precision.DAY) {
            v.add(US_DAY.format(date));
            v.add(date.toString());
        }
        if (!relative && !Prose.fold(expression).equals(Prose.fold(answer()))) {
            v.add(expression);
        }
        return v;
    }

    String unitName() {
        return switch (precision) {
            case DAY -> "date";
            case MONTH -> "month";
            case YEAR -> "year";
        };
    }
}
