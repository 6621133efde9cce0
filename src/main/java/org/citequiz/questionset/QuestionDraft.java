package org.citequiz.questionset;

import java.util.List;
import org.citequiz.generation.QuestionType;

/**
 * A question as an instructor writes or edits it, before validation.
 *
 * @param choices MULTIPLE_CHOICE: every option, the answer among them; ORDERING: the items in the correct order
 *        (learners see them shuffled); ignored for the other types
 * @param answer the correct answer (TRUE_FALSE: "True" or "False"; NUMERIC: the number, or use numericAnswer)
 * @param passageId optional cited sentence (or paragraph) of one of the set's documents; null keeps the current one
 */
public record QuestionDraft(QuestionType type, String prompt, List<String> choices, String answer,
        List<String> acceptedAnswers, Double numericAnswer, Double tolerance, Long passageId) {
}
