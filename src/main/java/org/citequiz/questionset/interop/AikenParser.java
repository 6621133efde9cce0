package org.citequiz.questionset.interop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citequiz.generation.QuestionType;
import org.citequiz.questionset.interop.ParsedFile.LineError;
import org.citequiz.questionset.interop.ParsedFile.Skipped;

/**
 * Reads the Aiken format: the question on one or more lines, options {@code A. text} or {@code A) text} (after
 * {@code )} the space is optional, as in Moodle; after {@code .} it is required so that "U.S. troops" stays text), then {@code ANSWER: X}. Blank lines between questions are allowed. Text is
 * kept as written: Aiken has no markup, so {@code <b>} stays four characters.
 */
public final class AikenParser {

    private static final Pattern OPTION = Pattern.compile("^([A-Z])(?:\\)\\s*|\\.\\s+)(.*)$");
    private static final Pattern ANSWER = Pattern.compile("^ANSWER\\s*:\\s*(.*)$");

    public ParsedFile parse(String file) {
        List<PortableQuestion> questions = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        String[] lines = GiftParser.normalise(file).split("\n", -1);
        Pending pending = null;
        boolean discarding = false; // after an error, the rest of that question up to the next blank line
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty()) {
                if (pending != null) {
                    errors.add(pending.unfinished());
                    pending = null;
                }
                discarding = false;
                continue;
            }
            if (discarding) {
                continue;
            }
            Matcher answer = ANSWER.matcher(line);
            Matcher option = OPTION.matcher(line);
            if (answer.matches()) {
                if (pending == null) {
                    errors.add(new LineError(number, "ANSWER line with no question before it."));
                    discarding = true;
                    continue;
                }
                try {
                    questions.add(ImportLimits.check(pending.finish(answer.group(1).strip())));
                } catch (GiftParser.Unreadable e) {
                    errors.add(new LineError(pending.line, e.getMessage()));
                    discarding = true;
                }
                pending = null;
            } else if (option.matches()) {
                if (pending == null) {
                    errors.add(new LineError(number, "Option \"" + line + "\" comes before any question text."));
                    discarding = true;
                } else if (pending.options.containsKey(option.group(1))) {
                    errors.add(new LineError(pending.line, "Option " + option.group(1) + " appears twice (line "
                            + number + ")."));
                    pending = null;
                    discarding = true;
                } else {
                    pending.options.put(option.group(1), option.group(2).strip());
                }
            } else if (pending == null) {
                pending = new Pending(number, line);
            } else if (pending.options.isEmpty()) {
                pending.stem.append('\n').append(line);
            } else {
                errors.add(pending.unfinished());
                pending = new Pending(number, line);
            }
        }
        if (pending != null) {
            errors.add(pending.unfinished());
        }
        return new ParsedFile(questions, List.<Skipped>of(), errors);
    }

    private static final class Pending {
        final int line;
        final StringBuilder stem;
        final Map<String, String> options = new LinkedHashMap<>();

        Pending(int line, String first) {
            this.line = line;
            this.stem = new StringBuilder(first);
        }

        LineError unfinished() {
            return new LineError(line, "The question has no ANSWER line.");
        }

        PortableQuestion finish(String letter) {
            if (options.size() < 2) {
                throw new GiftParser.Unreadable("A question needs at least two options; this one has "
                        + options.size() + ".");
            }
            if (!letter.matches("[A-Za-z]")) {
                throw new GiftParser.Unreadable("ANSWER must name one option letter, not \"" + letter + "\".");
            }
            String right = options.get(letter.toUpperCase(java.util.Locale.ROOT));
            if (right == null) {
                throw new GiftParser.Unreadable("ANSWER " + letter + " is not one of the options "
                        + String.join(", ", options.keySet()) + ".");
            }
            List<String> choices = List.copyOf(options.values());
            if (choices.stream().anyMatch(String::isBlank)) {
                throw new GiftParser.Unreadable("An option is empty.");
            }
            if (java.util.Set.copyOf(choices).size() < choices.size()) {
                throw new GiftParser.Unreadable("Two options have the same text.");
            }
            return new PortableQuestion(line, QuestionType.MULTIPLE_CHOICE, stem.toString(), choices, right,
                    List.of(), null, null, null, null, List.of());
        }
    }
}
