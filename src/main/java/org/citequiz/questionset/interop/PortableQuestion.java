package org.citequiz.questionset.interop;

import java.util.List;
import org.citequiz.generation.QuestionType;

/**
 * A question as the exchange formats see it, independent of storage: what an importer reads and what an
 * exporter writes.
 *
 * @param line the line the question starts on in the imported file (0 for exported questions)
 * @param choices the options in display order (MULTIPLE_CHOICE, TRUE_FALSE, ORDERING), empty otherwise
 * @param answer the right answer as a learner reads it (ORDERING: items in order joined by
 *        {@link QuestionType#ORDER_SEPARATOR})
 * @param feedback shown after answering, without the citation block
 * @param sources the cited passages, empty when the question cites none
 */
public record PortableQuestion(int line, QuestionType type, String prompt, List<String> choices, String answer,
        List<String> acceptedAnswers, Double numericAnswer, Double tolerance, String category, String feedback,
        List<CitedPassage> sources) {

    public PortableQuestion {
        choices = List.copyOf(choices);
        acceptedAnswers = List.copyOf(acceptedAnswers);
        sources = List.copyOf(sources);
    }

    public PortableQuestion withFeedback(String feedback, List<CitedPassage> sources) {
        return new PortableQuestion(line, type, prompt, choices, answer, acceptedAnswers, numericAnswer, tolerance,
                category, feedback, sources);
    }
}
