package org.citequiz.play;

import java.util.List;
import org.citequiz.generation.QuestionType;
import org.citequiz.questionset.Question;

/** What scoring needs to know about a question: its type, choices and every form of its correct answer. */
public record AnswerKey(QuestionType type, List<String> choices, String answer, List<String> acceptedAnswers,
        Double numericAnswer, Double tolerance, List<String> orderedItems) {

    public static AnswerKey of(Question q) {
        return new AnswerKey(q.type, List.copyOf(q.choices), q.answer, List.copyOf(q.acceptedAnswers),
                q.numericAnswer, q.tolerance, q.type == QuestionType.ORDERING ? q.orderedItems() : List.of());
    }
}
