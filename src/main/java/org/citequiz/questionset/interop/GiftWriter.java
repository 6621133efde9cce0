package org.citequiz.questionset.interop;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.citequiz.generation.QuestionType;

/**
 * Writes questions as GIFT that Moodle and {@link GiftParser} read back to the same questions. Texts are written
 * in {@code [plain]} format (Citequiz texts are plain, never markup), on one line each, with GIFT's special
 * characters and line breaks escaped; citations go into the general feedback ({@code ####}).
 */
public final class GiftWriter {

    public String write(String heading, List<PortableQuestion> questions) {
        StringBuilder out = new StringBuilder();
        heading.lines().forEach(line -> out.append("// ").append(line).append('\n'));
        out.append('\n');
        String category = null;
        int number = 0;
        for (PortableQuestion q : questions) {
            number++;
            if (q.category() != null && !Objects.equals(q.category(), category)) {
                out.append("$CATEGORY: $course$/").append(q.category().replaceAll("\\s*\\n\\s*", " ")).append("\n\n");
                category = q.category();
            }
            out.append("// question ").append(number).append(": ").append(q.type()).append('\n');
            out.append(question(q)).append("\n\n");
        }
        return out.toString();
    }

    String question(PortableQuestion q) {
        String general = CitationNote.compose(q.feedback(), q.sources());
        String feedback = general == null ? "" : "####" + escape(general);
        String prompt = q.prompt().strip();
        return switch (q.type()) {
            case TRUE_FALSE -> "[plain]" + escape(prompt) + " {" + ("True".equalsIgnoreCase(q.answer()) ? "TRUE" : "FALSE")
                    + feedback + "}";
            case NUMERIC -> numericValue(q) == null
                    // A numeric question without a number cannot be written as one; its answer is kept as typed text.
                    ? "[plain]" + escape(prompt) + " {=" + escape(q.answer()).replace("*", "\\*") + feedback + "}"
                    : "[plain]" + escape(prompt) + " {#" + numeric(q) + feedback + "}";
            case ORDERING -> {
                List<String> items = List.of(q.answer().split(java.util.regex.Pattern.quote(QuestionType.ORDER_SEPARATOR)));
                yield "[plain]" + escape(prompt) + " {>" + items.size() + " ALL VERTICAL ALL_OR_NOTHING\n"
                        + items.stream().map(GiftWriter::escape).collect(Collectors.joining("\n")) + "\n" + feedback + "}";
            }
            case MULTIPLE_CHOICE -> atBlank(prompt, q.choices().stream()
                    .map(c -> (c.equals(q.answer()) ? "=" : "~") + escape(c)).collect(Collectors.joining(" ")), feedback);
            case SHORT_ANSWER, FILL_IN_BLANK -> atBlank(prompt, typedAnswers(q).stream()
                    .map(a -> "=" + escape(a).replace("*", "\\*")).collect(Collectors.joining(" ")), feedback);
        };
    }

    /** The answer block where the prompt's blank is (Moodle's missing-word form), else after the prompt. */
    private static String atBlank(String prompt, String answers, String feedback) {
        String block = "{" + answers + feedback + "}";
        int blank = prompt.indexOf(GiftParser.BLANK);
        if (blank >= 0 && !prompt.substring(blank + GiftParser.BLANK.length()).isBlank()) {
            return "[plain]" + escape(prompt.substring(0, blank)) + block
                    + escape(prompt.substring(blank + GiftParser.BLANK.length()));
        }
        return "[plain]" + escape(prompt) + " " + block;
    }

    static List<String> typedAnswers(PortableQuestion q) {
        List<String> all = new java.util.ArrayList<>();
        all.add(q.answer());
        q.acceptedAnswers().stream().filter(a -> !all.contains(a)).forEach(all::add);
        return all;
    }

    /** The value of a numeric question, or null when it has none. */
    static BigDecimal numericValue(PortableQuestion q) {
        if (q.numericAnswer() != null) {
            return BigDecimal.valueOf(q.numericAnswer());
        }
        try {
            return new BigDecimal(q.answer().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String numeric(PortableQuestion q) {
        String text = GiftParser.number(numericValue(q));
        if (q.tolerance() != null && q.tolerance() != 0) {
            text += ":" + GiftParser.number(BigDecimal.valueOf(q.tolerance()));
        }
        return text;
    }

    /** GIFT's special characters and the backslash escaped; line breaks as {@code \n}, since a blank line ends a question. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '~', '=', '#', '{', '}', ':' -> out.append('\\').append(c);
                case '\n' -> out.append("\\n");
                case '\r' -> { }
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
