package org.citequiz.questionset;

import java.util.Arrays;
import java.util.List;
import org.citequiz.generation.QuestionType;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The question form of the review pages: lists are typed one item per line. Re-shown as typed when invalid.
 *
 * @param back the review filter to return to
 */
public record QuestionForm(@RestForm String type, @RestForm String prompt, @RestForm String answer,
        @RestForm String choices, @RestForm String acceptedAnswers, @RestForm String tolerance,
        @RestForm String passageId, @RestForm String back) {

    static QuestionForm of(Question q, Long passageId, String back) {
        String choices = q.type == QuestionType.ORDERING ? String.join("\n", q.orderedItems())
                : q.type == QuestionType.MULTIPLE_CHOICE ? String.join("\n", q.choices) : "";
        return new QuestionForm(q.type.name(), q.prompt, q.type == QuestionType.ORDERING ? "" : q.answer, choices,
                String.join("\n", q.acceptedAnswers), q.tolerance == null ? "" : QuestionEditor.formatNumber(q.tolerance),
                passageId == null ? "" : passageId.toString(), back);
    }

    static QuestionForm blank(QuestionType type) {
        return new QuestionForm(type.name(), "", type == QuestionType.TRUE_FALSE ? "True" : "", "", "", "", "", null);
    }

    QuestionDraft draft() {
        QuestionType t;
        try {
            t = QuestionType.valueOf(type == null ? "" : type);
        } catch (IllegalArgumentException e) {
            throw new InvalidQuestion(List.of("Choose a question type."));
        }
        Double tol = null;
        if (tolerance != null && !tolerance.isBlank()) {
            try {
                tol = Double.valueOf(tolerance.strip());
            } catch (NumberFormatException e) {
                throw new InvalidQuestion(List.of("The tolerance must be a number."));
            }
        }
        Long passage = null;
        if (passageId != null && !passageId.isBlank()) {
            try {
                passage = Long.valueOf(passageId.strip());
            } catch (NumberFormatException e) {
                throw new InvalidQuestion(List.of("Choose a passage from the list."));
            }
        }
        return new QuestionDraft(t, prompt, lines(choices), answer, lines(acceptedAnswers), null, tol, passage);
    }

    public QuestionType questionType() {
        return QuestionType.valueOf(type);
    }

    public Long selectedPassage() {
        try {
            return passageId == null || passageId.isBlank() ? null : Long.valueOf(passageId.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.asList(text.split("\\R"));
    }
}
