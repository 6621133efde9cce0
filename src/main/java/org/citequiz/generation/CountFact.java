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
        return Character.isDigit(number.charAt(0)) && SCALED.matcher(number).matches() ? number : format(value);
    }

    private static final java.util.regex.Pattern SCALED =
            java.util.regex.Pattern.compile("(?i).*\\s(hundred|thousand|million|billion)");

    /** Whole numbers with thousands separators ("2,000"), others as written by Java ("2.5"). */
    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            String digits = Long.toString(Math.abs((long) v));
            StringBuilder sb = new StringBuilder(digits.length() + digits.length() / 3 + 1);
            if (v < 0) {
                sb.append('-');
            }
            for (int i = 0; i < digits.length(); i++) {
                if (i > 0 && (digits.length() - i) % 3 == 0) {
                    sb.append(',');
                }
                sb.append(digits.charAt(i));
            }
            return sb.toString();
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
