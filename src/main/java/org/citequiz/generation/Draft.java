package org.citequiz.generation;

import java.util.List;

/**
 * A question before ranking, with what the ranker weighs: how many distractors are fallbacks, whether the answer
 * was resolved (a relative date, a speaker named only as "he"), how many documents state the fact, how long the
 * quoted sentence is.
 */
record Draft(QuestionType type, String kind, String prompt, List<String> choices, String answer,
        List<String> acceptedAnswers, Double numericAnswer, Double tolerance, List<Citation> sources,
        int fallbackDistractors, boolean resolved, int documentCount, int sentenceWords) {

    /** A question answered by typing (no options shown). */
    static Draft typed(QuestionType type, String kind, String prompt, String answer, List<String> acceptedAnswers,
            Double numericAnswer, Double tolerance, List<Citation> sources, int fallbackDistractors, boolean resolved,
            int documentCount, int sentenceWords) {
        return new Draft(type, kind, prompt, List.of(), answer, acceptedAnswers, numericAnswer, tolerance, sources,
                fallbackDistractors, resolved, documentCount, sentenceWords);
    }

    GeneratedQuestion withQuality(double quality) {
        return new GeneratedQuestion(type, prompt, choices, answer, acceptedAnswers, numericAnswer, tolerance,
                Math.round(quality * 1000) / 1000.0, kind, sources);
    }
}
