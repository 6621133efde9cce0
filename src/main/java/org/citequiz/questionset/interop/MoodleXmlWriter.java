package org.citequiz.questionset.interop;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.citequiz.generation.QuestionType;

/**
 * Writes Moodle XML ({@code <quiz>} of {@code <question type="...">}). Texts are {@code plain_text}; citations go
 * into {@code <generalfeedback>}. ORDERING becomes Moodle's {@code ordering} type, part of standard Moodle since
 * 4.4 (an add-on before), with its items in the right order and all-or-nothing grading, as Citequiz scores it.
 */
public final class MoodleXmlWriter {

    public String write(String heading, List<PortableQuestion> questions) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<!-- ").append(text(heading).replace("--", "- -")).append(" -->\n<quiz>\n");
        String category = null;
        int number = 0;
        for (PortableQuestion q : questions) {
            number++;
            if (q.category() != null && !Objects.equals(q.category(), category)) {
                out.append("  <question type=\"category\">\n    <category>\n      <text>$course$/")
                        .append(text(q.category())).append("</text>\n    </category>\n  </question>\n");
                category = q.category();
            }
            question(out, number, q);
        }
        return out.append("</quiz>\n").toString();
    }

    private void question(StringBuilder out, int number, PortableQuestion q) {
        out.append("  <question type=\"").append(moodleType(q.type())).append("\">\n");
        out.append("    <name>\n      <text>").append(text(name(number, q.prompt()))).append("</text>\n    </name>\n");
        out.append("    <questiontext format=\"plain_text\">\n      <text>").append(text(q.prompt()))
                .append("</text>\n    </questiontext>\n");
        String general = CitationNote.compose(q.feedback(), q.sources());
        out.append("    <generalfeedback format=\"plain_text\">\n      <text>").append(general == null ? "" : text(general))
                .append("</text>\n    </generalfeedback>\n");
        out.append("    <defaultgrade>1</defaultgrade>\n    <penalty>0</penalty>\n    <hidden>0</hidden>\n");
        switch (q.type()) {
            case MULTIPLE_CHOICE -> {
                out.append("    <single>true</single>\n    <shuffleanswers>true</shuffleanswers>\n")
                        .append("    <answernumbering>abc</answernumbering>\n");
                for (String choice : q.choices()) {
                    answer(out, choice.equals(q.answer()) ? "100" : "0", choice, null);
                }
            }
            case TRUE_FALSE -> {
                boolean right = "True".equalsIgnoreCase(q.answer());
                answer(out, right ? "100" : "0", "true", null);
                answer(out, right ? "0" : "100", "false", null);
            }
            case SHORT_ANSWER, FILL_IN_BLANK -> {
                out.append("    <usecase>0</usecase>\n");
                // '*' is a wildcard in Moodle short answers; a literal one is written \*.
                GiftWriter.typedAnswers(q).forEach(a -> answer(out, "100", a.replace("*", "\\*"), null));
            }
            case NUMERIC -> {
                BigDecimal value = GiftWriter.numericValue(q);
                if (value == null) {
                    answer(out, "100", q.answer(), null);
                    break;
                }
                String tolerance = q.tolerance() == null ? "0" : GiftParser.number(BigDecimal.valueOf(q.tolerance()));
                answer(out, "100", GiftParser.number(value), "      <tolerance>" + tolerance + "</tolerance>\n");
            }
            case ORDERING -> {
                List<String> items = List.of(q.answer().split(java.util.regex.Pattern.quote(QuestionType.ORDER_SEPARATOR)));
                out.append("    <layouttype>VERTICAL</layouttype>\n    <selecttype>ALL</selecttype>\n")
                        .append("    <selectcount>").append(items.size()).append("</selectcount>\n")
                        .append("    <gradingtype>ALL_OR_NOTHING</gradingtype>\n    <showgrading>SHOW</showgrading>\n");
                for (int i = 0; i < items.size(); i++) {
                    answer(out, String.valueOf(i + 1), items.get(i), null);
                }
            }
        }
        out.append("  </question>\n");
    }

    private static void answer(StringBuilder out, String fraction, String text, String extra) {
        out.append("    <answer fraction=\"").append(fraction).append("\" format=\"plain_text\">\n      <text>")
                .append(text(text)).append("</text>\n");
        if (extra != null) {
            out.append(extra);
        }
        out.append("      <feedback format=\"plain_text\">\n        <text></text>\n      </feedback>\n    </answer>\n");
    }

    static String moodleType(QuestionType type) {
        return switch (type) {
            case MULTIPLE_CHOICE -> "multichoice";
            case TRUE_FALSE -> "truefalse";
            case SHORT_ANSWER, FILL_IN_BLANK -> "shortanswer";
            case NUMERIC -> "numerical"; // written with its answer as text when it has no number
            case ORDERING -> "ordering";
        };
    }

    /** Moodle names questions in its bank; the start of the prompt, numbered, like Moodle does itself. */
    static String name(int number, String prompt) {
        String oneLine = prompt.strip().replaceAll("\\s+", " ");
        return number + ". " + (oneLine.length() > 60 ? oneLine.substring(0, 57) + "..." : oneLine);
    }

    /** XML text content: markup characters escaped, characters XML cannot carry dropped. */
    static String text(String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                            || c >= 0x10000) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
