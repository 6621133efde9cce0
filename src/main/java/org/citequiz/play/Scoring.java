package org.citequiz.play;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.citequiz.generation.QuestionType;
import org.citequiz.web.ProblemException;

/**
 * Self-paced scoring, published to learners: 100 points for a correct answer; an ordering question earns the
 * share of items in the right place (round(100·k/n)) and is correct when all are. No speed component.
 */
public final class Scoring {

    public static final int FULL_POINTS = 100;
    public static final List<String> TRUE_FALSE = List.of("True", "False");

    public record Verdict(boolean correct, int points) {
    }

    private Scoring() {
    }

    /** @throws ProblemException (400) when the submission does not fit the question (not a choice, not a number...) */
    public static Verdict score(AnswerKey key, Submission submission) {
        if (key.type() == QuestionType.ORDERING) {
            if (!submission.isOrdering()) {
                throw ProblemException.badRequest("An ordering question is answered with the list of items in order.");
            }
            return ordering(key.orderedItems(), submission.items());
        }
        if (submission.isOrdering() || submission.text() == null || submission.text().isBlank()) {
            throw ProblemException.badRequest("Give an answer as text.");
        }
        String text = submission.text().strip();
        boolean correct = switch (key.type()) {
            case MULTIPLE_CHOICE -> {
                if (!key.choices().contains(text)) {
                    throw ProblemException.badRequest("The answer must be one of the choices.");
                }
                yield text.equals(key.answer());
            }
            case TRUE_FALSE -> {
                String choice = TRUE_FALSE.stream().filter(c -> c.equalsIgnoreCase(text)).findFirst()
                        .orElseThrow(() -> ProblemException.badRequest("The answer must be True or False."));
                yield choice.equalsIgnoreCase(key.answer().strip());
            }
            case NUMERIC -> numeric(key, text);
            case SHORT_ANSWER, FILL_IN_BLANK -> AnswerMatcher.matches(text, key.answer(), key.acceptedAnswers());
            case ORDERING -> throw new IllegalStateException("handled above");
        };
        return new Verdict(correct, correct ? FULL_POINTS : 0);
    }

    static Verdict ordering(List<String> correctOrder, List<String> given) {
        if (!sameItems(correctOrder, given)) {
            throw ProblemException.badRequest("Put every item of the question in order, each exactly once.");
        }
        int inPlace = 0;
        for (int i = 0; i < correctOrder.size(); i++) {
            if (Objects.equals(correctOrder.get(i), given.get(i))) {
                inPlace++;
            }
        }
        int n = correctOrder.size();
        return new Verdict(inPlace == n, (int) Math.round((double) FULL_POINTS * inPlace / n));
    }

    private static boolean numeric(AnswerKey key, String text) {
        OptionalDouble given = AnswerMatcher.number(text);
        if (given.isEmpty()) {
            throw ProblemException.badRequest("The answer must be a number.");
        }
        double expected = key.numericAnswer() != null ? key.numericAnswer()
                : AnswerMatcher.number(key.answer()).orElse(Double.NaN);
        double tolerance = key.tolerance() == null ? 0 : Math.abs(key.tolerance());
        if (Math.abs(given.getAsDouble() - expected) <= tolerance + 1e-9) {
            return true;
        }
        // A typed variant the author accepted ("a dozen") still counts.
        return AnswerMatcher.matches(text, key.answer(), key.acceptedAnswers());
    }

    private static boolean sameItems(List<String> expected, List<String> given) {
        if (given == null || given.size() != expected.size()) {
            return false;
        }
        Map<String, Integer> counts = new HashMap<>();
        expected.forEach(item -> counts.merge(item, 1, Integer::sum));
        for (String item : given) {
            Integer left = counts.get(item);
            if (left == null || left == 0) {
                return false;
            }
            counts.put(item, left - 1);
        }
        return true;
    }

    /** Items of an ordering question in the order a learner first sees them: shuffled, never already solved. */
    public static List<String> displayOrder(List<String> correctOrder, long seed, long questionId) {
        List<String> shown = new ArrayList<>(correctOrder);
        java.util.Collections.shuffle(shown, new java.util.Random(mix(seed ^ mix(questionId))));
        if (shown.size() > 1 && shown.equals(correctOrder)) {
            java.util.Collections.rotate(shown, 1);
        }
        return shown;
    }

    /** Spreads nearby seeds apart (java.util.Random's first draws from similar seeds are similar). */
    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
