package org.citequiz.generation;

import java.util.List;

/**
 * A question the generator proposes.
 *
 * @param choices for MULTIPLE_CHOICE and TRUE_FALSE the options in display order; for ORDERING the items in
 *        display order; empty otherwise
 * @param answer the correct answer as a learner reads it (TRUE_FALSE: "True"/"False"; ORDERING: items in order
 *        joined by {@link QuestionType#ORDER_SEPARATOR})
 * @param acceptedAnswers further accepted spellings for typed answers
 * @param numericAnswer the value for NUMERIC questions
 * @param tolerance accepted absolute deviation for NUMERIC questions
 * @param quality 0..1, higher is better
 * @param factKind DATE, COUNT, PERSON, PLACE, QUOTE, ACRONYM, TIMELINE
 */
public record GeneratedQuestion(QuestionType type, String prompt, List<String> choices, String answer,
        List<String> acceptedAnswers, Double numericAnswer, Double tolerance, double quality, String factKind,
        List<Citation> sources) {
}
