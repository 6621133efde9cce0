package org.citequiz.questionset.interop;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citequiz.generation.QuestionType;
import org.citequiz.questionset.interop.ParsedFile.LineError;
import org.citequiz.questionset.interop.ParsedFile.Skipped;

/**
 * Reads Moodle's GIFT format (written from its documentation): questions separated by blank lines, {@code //}
 * comment lines, {@code $CATEGORY:} switches, {@code ::title::}, {@code [html]}/{@code [markdown]}/{@code [plain]}/
 * {@code [moodle]} text formats, backslash escapes, and the answer block in braces. Questions Citequiz cannot score
 * the way the file means are reported as skipped, never changed into something else.
 */
public final class GiftParser {

    /** The blank Moodle shows where a missing-word answer block stood. */
    public static final String BLANK = "_____";

    // Escaped characters are swapped for private-use code points while the structure is read, then restored.
    private static final String SPECIALS = "\\~=#{}:n";
    private static final char FIRST_PLACEHOLDER = '\uE000';
    private static final Pattern WEIGHT = Pattern.compile("^%(-?\\d+(?:\\.\\d+)?)%");
    private static final Pattern FORMAT = Pattern.compile("^\\s*\\[(html|moodle|plain|markdown)]", Pattern.CASE_INSENSITIVE);
    private static final Pattern CATEGORY_CONTEXT = Pattern.compile("^\\$[a-z0-9]+\\$/(top/)?");
    private static final Set<String> TRUE_WORDS = Set.of("T", "TRUE");
    private static final Set<String> FALSE_WORDS = Set.of("F", "FALSE");
    private static final Set<String> SUBSET_SELECTIONS = Set.of("RANDOM", "REL", "CONTIGUOUS", "CONTIG");

    public ParsedFile parse(String file) {
        List<PortableQuestion> questions = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        String category = null;
        for (Block block : blocks(file)) {
            String text = block.text().strip();
            if (text.startsWith("$CATEGORY:")) {
                category = categoryOf(text.substring("$CATEGORY:".length()).lines().findFirst().orElse(""));
                continue;
            }
            try {
                questions.add(ImportLimits.check(question(block.line(), text, category)));
            } catch (NotPlayable e) {
                skipped.add(new Skipped(block.line(), e.getMessage()));
            } catch (Unreadable e) {
                errors.add(new LineError(block.line(), e.getMessage()));
            }
        }
        return new ParsedFile(questions, skipped, errors);
    }

    record Block(int line, String text) {
    }

    /** Runs of non-blank lines with their comment lines dropped; a run of comments alone is no question. */
    static List<Block> blocks(String file) {
        List<Block> blocks = new ArrayList<>();
        String[] lines = normalise(file).split("\n", -1);
        StringBuilder current = new StringBuilder();
        int start = 0;
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : "";
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    blocks.add(new Block(start, current.toString()));
                    current.setLength(0);
                }
                continue;
            }
            if (line.strip().startsWith("//")) {
                continue;
            }
            if (current.isEmpty()) {
                start = i + 1;
            } else {
                current.append('\n');
            }
            current.append(line);
        }
        return blocks;
    }

    static String normalise(String file) {
        String text = file.startsWith("\uFEFF") ? file.substring(1) : file;
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static String categoryOf(String raw) {
        String name = CATEGORY_CONTEXT.matcher(raw.strip()).replaceFirst("").strip();
        return name.isEmpty() ? null : name;
    }

    private PortableQuestion question(int line, String raw, String category) {
        String text = protect(raw);
        if (text.startsWith("::")) {
            int end = text.indexOf("::", 2);
            if (end < 0) {
                throw new Unreadable("The question title opened with '::' is never closed.");
            }
            text = text.substring(end + 2);
        }
        String format = formatOf(text);
        text = stripFormat(text);
        int open = text.indexOf('{');
        if (open < 0) {
            if (text.indexOf('}') >= 0) {
                throw new Unreadable("A '}' closes an answer block that was never opened (write \\} for a brace).");
            }
            throw new NotPlayable("Description (text with no answers): there is nothing to answer.");
        }
        int close = text.indexOf('}', open);
        if (close < 0) {
            throw new Unreadable("The answer block opened with '{' is never closed.");
        }
        String after = text.substring(close + 1);
        if (after.indexOf('{') >= 0) {
            throw new Unreadable("A question has one answer block; write \\{ for a literal brace.");
        }
        String before = text.substring(0, open);
        String prompt = after.isBlank() ? before : before + BLANK + after;
        prompt = plain(prompt, format);
        if (prompt.isBlank()) {
            throw new Unreadable("The question has no text before its answers.");
        }
        String answers = text.substring(open + 1, close);
        String generalFeedback = null;
        int general = answers.indexOf("####");
        if (general >= 0) {
            generalFeedback = blankToNull(plain(answers.substring(general + 4), format));
            answers = answers.substring(0, general);
        }
        Draft draft = answers(answers.strip(), format, prompt);
        String feedback = generalFeedback != null ? generalFeedback : draft.rightFeedback();
        CitationNote.Split note = CitationNote.split(feedback);
        return new PortableQuestion(line, draft.type(), prompt, draft.choices(), draft.answer(), draft.accepted(),
                draft.numeric(), draft.tolerance(), category, note.feedback(), note.sources());
    }

    private record Draft(QuestionType type, List<String> choices, String answer, List<String> accepted,
            Double numeric, Double tolerance, String rightFeedback) {
    }

    private Draft answers(String answers, String format, String prompt) {
        if (answers.isEmpty()) {
            throw new NotPlayable("Essay question: answers need a person to mark them.");
        }
        if (answers.startsWith("#")) {
            return numeric(answers.substring(1));
        }
        if (answers.startsWith(">")) {
            return ordering(answers.substring(1));
        }
        String[] trueFalse = answers.split("#", -1);
        String word = restore(trueFalse[0]).strip().toUpperCase(Locale.ROOT);
        if (TRUE_WORDS.contains(word) || FALSE_WORDS.contains(word)) {
            String right = TRUE_WORDS.contains(word) ? "True" : "False";
            String rightFeedback = trueFalse.length > 2 ? blankToNull(plain(trueFalse[2], format)) : null;
            return new Draft(QuestionType.TRUE_FALSE, List.of("True", "False"), right, List.of(), null, null,
                    rightFeedback);
        }
        if (answers.contains("->") && answers.indexOf('~') < 0) {
            throw new NotPlayable("Matching question: Citequiz has no matching type.");
        }
        List<Option> options = options(answers, format);
        boolean anyWrong = options.stream().anyMatch(o -> o.marker() == '~');
        return anyWrong ? multipleChoice(options) : typed(options, prompt);
    }

    private record Option(char marker, double weight, String text, String feedback) {
        boolean right() {
            return weight == 100;
        }

        boolean partial() {
            return weight != 0 && weight != 100;
        }
    }

    private List<Option> options(String answers, String format) {
        List<Option> options = new ArrayList<>();
        for (String[] piece : pieces(answers)) {
            char marker = piece[0].charAt(0);
            String body = piece[1].strip();
            double weight = marker == '=' ? 100 : 0;
            Matcher m = WEIGHT.matcher(body);
            if (m.find()) {
                weight = Double.parseDouble(m.group(1));
                body = body.substring(m.end());
            }
            int hash = body.indexOf('#');
            String feedback = hash < 0 ? null : blankToNull(plain(body.substring(hash + 1), format));
            String text = plain(hash < 0 ? body : body.substring(0, hash), format);
            options.add(new Option(marker, weight, text, feedback));
        }
        return options;
    }

    /** Splits an answer list at its {@code =} and {@code ~} markers: [marker, body] pairs. */
    private static List<String[]> pieces(String answers) {
        List<String[]> pieces = new ArrayList<>();
        int start = -1;
        char marker = 0;
        for (int i = 0; i < answers.length(); i++) {
            char c = answers.charAt(i);
            if (c == '=' || c == '~') {
                if (start < 0 && !answers.substring(0, i).isBlank()) {
                    throw new Unreadable("Answers must start with '=' (right) or '~' (wrong): \""
                            + restore(answers.substring(0, i)).strip() + "\".");
                }
                if (start >= 0) {
                    pieces.add(new String[] {String.valueOf(marker), answers.substring(start, i)});
                }
                marker = c;
                start = i + 1;
            }
        }
        if (start < 0) {
            throw new Unreadable("Answers must start with '=' (right) or '~' (wrong): \"" + restore(answers).strip()
                    + "\".");
        }
        pieces.add(new String[] {String.valueOf(marker), answers.substring(start)});
        return pieces;
    }

    private static Draft multipleChoice(List<Option> options) {
        List<Option> right = options.stream().filter(Option::right).toList();
        if (options.stream().anyMatch(Option::partial)) {
            long positive = options.stream().filter(o -> o.weight() > 0).count();
            if (right.isEmpty() && positive > 1) {
                throw new NotPlayable("Multiple-response question (several answers share the credit): Citequiz"
                        + " multiple choice has exactly one right answer.");
            }
            throw new NotPlayable("Partial or negative credit (" + weights(options)
                    + "): Citequiz scores an answer as right or wrong.");
        }
        if (right.isEmpty()) {
            throw new Unreadable("The multiple-choice question has no right answer (mark it with '=').");
        }
        if (right.size() > 1) {
            throw new NotPlayable("More than one right answer: Citequiz multiple choice has exactly one.");
        }
        List<String> choices = options.stream().map(Option::text).toList();
        if (choices.stream().anyMatch(String::isBlank)) {
            throw new Unreadable("An answer option is empty.");
        }
        if (choices.size() < 2) {
            throw new Unreadable("A multiple-choice question needs at least two options.");
        }
        if (Set.copyOf(choices).size() < choices.size()) {
            throw new Unreadable("Two answer options have the same text.");
        }
        return new Draft(QuestionType.MULTIPLE_CHOICE, choices, right.get(0).text(), List.of(), null, null,
                right.get(0).feedback());
    }

    private static Draft typed(List<Option> options, String prompt) {
        if (options.stream().anyMatch(o -> o.weight() > 0 && o.weight() < 100)) {
            throw new NotPlayable("Partial-credit answers (" + weights(options)
                    + "): Citequiz scores an answer as right or wrong.");
        }
        // Answers worth 0% (such as a catch-all '*' with feedback) score like any wrong answer, so dropping them
        // changes nothing.
        List<Option> right = options.stream().filter(Option::right).toList();
        if (right.isEmpty()) {
            throw new Unreadable("The question has no right answer.");
        }
        List<String> accepted = new ArrayList<>();
        for (Option o : right) {
            if (o.text().isBlank()) {
                throw new Unreadable("A right answer is empty.");
            }
            if (o.text().replace("\\*", "").contains("*")) {
                throw new NotPlayable("Wildcard answer \"" + o.text() + "\": Citequiz compares typed answers"
                        + " with whole accepted spellings.");
            }
            String literal = o.text().replace("\\*", "*");
            if (!accepted.contains(literal)) {
                accepted.add(literal);
            }
        }
        QuestionType type = prompt.contains(BLANK) ? QuestionType.FILL_IN_BLANK : QuestionType.SHORT_ANSWER;
        return new Draft(type, List.of(), accepted.get(0), accepted.subList(1, accepted.size()), null, null,
                right.get(0).feedback());
    }

    private static String weights(List<Option> options) {
        return options.stream().filter(Option::partial).map(o -> number(BigDecimal.valueOf(o.weight())) + "%")
                .distinct().reduce((a, b) -> a + ", " + b).orElse("");
    }

    private Draft numeric(String body) {
        boolean several = body.indexOf('=') >= 0 || body.indexOf('~') >= 0;
        if (!several) {
            int hash = body.indexOf('#');
            String feedback = hash < 0 ? null : blankToNull(plain(body.substring(hash + 1), null));
            NumericRange range = range(hash < 0 ? body : body.substring(0, hash));
            return numericDraft(range, feedback);
        }
        String list = body.strip();
        if (!list.startsWith("=") && !list.startsWith("~")) {
            list = "=" + list; // the first answer may omit its '='
        }
        List<NumericRange> right = new ArrayList<>();
        String feedback = null;
        for (String[] piece : pieces(list)) {
            String answer = piece[1].strip();
            double weight = piece[0].equals("=") ? 100 : 0;
            Matcher m = WEIGHT.matcher(answer);
            if (m.find()) {
                weight = Double.parseDouble(m.group(1));
                answer = answer.substring(m.end());
            }
            int hash = answer.indexOf('#');
            String value = hash < 0 ? answer : answer.substring(0, hash);
            if (weight > 0 && weight < 100) {
                throw new NotPlayable("Numeric answers with partial credit (" + number(BigDecimal.valueOf(weight))
                        + "%): Citequiz scores an answer as right or wrong.");
            }
            if (weight == 100) {
                right.add(range(value));
                if (feedback == null && hash >= 0) {
                    feedback = blankToNull(plain(answer.substring(hash + 1), null));
                }
            } else if (!value.isBlank()) {
                range(value); // a zero-credit range only carries feedback, but it must still be a number
            }
        }
        if (right.isEmpty()) {
            throw new Unreadable("The numeric question has no right answer.");
        }
        if (right.stream().distinct().count() > 1) {
            throw new NotPlayable("Several right numeric answers: Citequiz accepts one value with one tolerance.");
        }
        return numericDraft(right.get(0), feedback);
    }

    record NumericRange(BigDecimal value, BigDecimal tolerance) {
    }

    private static Draft numericDraft(NumericRange range, String feedback) {
        return new Draft(QuestionType.NUMERIC, List.of(), number(range.value()), List.of(), range.value().doubleValue(),
                range.tolerance().doubleValue(), feedback);
    }

    /** {@code value}, {@code value:tolerance} or {@code low..high} (the midpoint with half the width). */
    static NumericRange range(String raw) {
        String text = restore(raw).strip();
        try {
            int dots = text.indexOf("..");
            if (dots >= 0) {
                BigDecimal low = new BigDecimal(text.substring(0, dots).strip());
                BigDecimal high = new BigDecimal(text.substring(dots + 2).strip());
                if (high.compareTo(low) < 0) {
                    throw new Unreadable("The range " + text + " ends below its start.");
                }
                BigDecimal two = BigDecimal.valueOf(2);
                return new NumericRange(low.add(high).divide(two, 12, RoundingMode.HALF_UP).stripTrailingZeros(),
                        high.subtract(low).divide(two, 12, RoundingMode.HALF_UP).stripTrailingZeros());
            }
            int colon = text.indexOf(':');
            if (colon >= 0) {
                BigDecimal tolerance = new BigDecimal(text.substring(colon + 1).strip()).abs();
                return new NumericRange(new BigDecimal(text.substring(0, colon).strip()), tolerance);
            }
            return new NumericRange(new BigDecimal(text), BigDecimal.ZERO);
        } catch (NumberFormatException e) {
            throw new Unreadable("\"" + text + "\" is not a number (write 3.14, 3.14:0.01 or 3..4).");
        }
    }

    static String number(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** Moodle's Ordering type: {@code {>count [ALL|RANDOM|CONTIGUOUS] [layout] [grading]} then one item a line. */
    private static Draft ordering(String body) {
        String[] lines = body.split("\n");
        String[] header = lines[0].strip().split("\\s+");
        int count = 0;
        try {
            count = Integer.parseInt(header[0]);
        } catch (NumberFormatException e) {
            throw new Unreadable("An ordering block starts with the number of items shown: {>4 ALL ...}.");
        }
        List<String> items = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String item = restore(lines[i]).strip();
            if (!item.isEmpty()) {
                items.add(item);
            }
        }
        if (items.size() < 2) {
            throw new Unreadable("An ordering question needs at least two items, one a line.");
        }
        boolean subset = header.length > 1 && SUBSET_SELECTIONS.contains(header[1].toUpperCase(Locale.ROOT));
        if (subset && count < items.size()) {
            throw new NotPlayable("Ordering question showing a random subset of its items: Citequiz shows them all.");
        }
        if (Set.copyOf(items).size() < items.size()) {
            throw new Unreadable("Two ordering items have the same text.");
        }
        List<String> shown = new ArrayList<>(items);
        // A stable scramble, so that importing the same file twice shows the items the same way.
        Collections.shuffle(shown, new Random(String.join("\n", items).hashCode()));
        if (shown.equals(items)) {
            Collections.rotate(shown, 1);
        }
        return new Draft(QuestionType.ORDERING, shown, String.join(QuestionType.ORDER_SEPARATOR, items), List.of(),
                null, null, null);
    }

    private static String formatOf(String text) {
        Matcher m = FORMAT.matcher(text);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    private static String stripFormat(String text) {
        Matcher m = FORMAT.matcher(text);
        return m.find() ? text.substring(m.end()) : text;
    }

    /** Restores escapes and turns the part's format (its own, else the question's) into plain text. */
    private static String plain(String part, String questionFormat) {
        String own = formatOf(part);
        String format = own != null ? own : questionFormat;
        String text = restore(stripFormat(part)).strip();
        if ("html".equals(format)) {
            return MarkupText.fromHtml(text);
        }
        if ("markdown".equals(format)) {
            return MarkupText.fromMarkdown(text);
        }
        return text;
    }

    static String protect(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int special = i + 1 < text.length() ? SPECIALS.indexOf(text.charAt(i + 1)) : -1;
            if (c == '\\' && special >= 0) {
                out.append((char) (FIRST_PLACEHOLDER + special));
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String restore(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int special = c - FIRST_PLACEHOLDER;
            if (special >= 0 && special < SPECIALS.length()) {
                char literal = SPECIALS.charAt(special);
                out.append(literal == 'n' ? '\n' : literal);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A question this product recognised but cannot play as the file means it. */
    static final class NotPlayable extends RuntimeException {
        NotPlayable(String reason) {
            super(reason, null, false, false);
        }
    }

    /** A question that does not follow the format. */
    static final class Unreadable extends RuntimeException {
        Unreadable(String message) {
            super(message, null, false, false);
        }
    }
}
