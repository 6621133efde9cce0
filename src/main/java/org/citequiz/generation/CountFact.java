package org.citequiz.generation;

import java.util.ArrayList;
import java.util.List;

/**
 * A count or quantity: "20 nations", "2,000 counter-narcotics personnel", "240 million euros".
 *
 * @param start where the number (with its scale word) starts in the stored text
 * @param end where it ends
 * @param number the number as written ("three", "2,000", "240 million")
 * @param unit the counted thing as written ("nations", "NRC foreign ministers")
 * @param approximate "some", "about", "nearly"... precede the number
 * @param year the year the count holds for (from the sentence, else the publication year; 0 if unknown)
 */
record CountFact(Sentence sentence, int start, int end, String number, double value, String unit, String head,
        boolean approximate, int year) implements Fact {

    @Override
    public String kind() {
        return "COUNT";
    }

    @Override
    public String answer() {
        return number.matches("(?i).*\\s(hundred|thousand|million|billion)") && Character.isDigit(number.charAt(0))
                ? number : format(value);
    }

    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(java.util.Locale.ROOT, "%,d", (long) v);
        }
        return String.valueOf(v);
    }

    List<String> variants() {
        List<String> v = new ArrayList<>();
        if (!Prose.fold(number).equals(Prose.fold(answer()))) {
            v.add(number);
        }
        if (value == Math.rint(value) && value >= 1000) {
            v.add(String.valueOf((long) value));
        }
        return v;
    }
}
