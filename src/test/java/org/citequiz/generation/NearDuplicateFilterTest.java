package org.citequiz.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The near-duplicate filter finds similar prompts through their rarest words, and keeps everything else. */
class NearDuplicateFilterTest {

    private static GeneratedQuestion q(QuestionType type, String prompt, String answer) {
        return new GeneratedQuestion(type, prompt, List.of(), answer, List.of(), null, null, 0.5, "COUNT",
                List.of(new Citation(1, 0, 10)));
    }

    @Test
    void dropsALaterPromptOfMostlyTheSameWordsWithTheSameAnswer() {
        List<GeneratedQuestion> ranked = new ArrayList<>();
        // many prompts share the common words, so the similar pair must be found through its rarer words
        for (int i = 0; i < 300; i++) {
            ranked.add(q(QuestionType.SHORT_ANSWER, "How many harbour cranes stood at pier " + i + " in spring?",
                    "answer " + i));
        }
        ranked.add(q(QuestionType.SHORT_ANSWER, "How many ferries crossed the fjord near Bergen in winter?", "12"));
        ranked.add(q(QuestionType.SHORT_ANSWER, "How many ferries crossed the fjord near Bergen each winter?", "12"));
        List<GeneratedQuestion> kept = new NearDuplicateFilter().filter(ranked);
        assertEquals(301, kept.size());
        assertEquals("How many ferries crossed the fjord near Bergen in winter?", kept.get(300).prompt());
    }

    @Test
    void keepsSimilarPromptsWithDifferentAnswersOrTypes() {
        List<GeneratedQuestion> ranked = List.of(
                q(QuestionType.SHORT_ANSWER, "How many ferries crossed the fjord near Bergen in winter?", "12"),
                q(QuestionType.SHORT_ANSWER, "How many ferries crossed the fjord near Bergen each winter?", "14"),
                q(QuestionType.NUMERIC, "How many ferries crossed the fjord near Bergen each winter?", "12"),
                q(QuestionType.SHORT_ANSWER, "Which ferries crossed the fjord near Oslo last summer?", "12"));
        assertEquals(4, new NearDuplicateFilter().filter(ranked).size());
    }

    @Test
    void dropsTheVerySamePromptEvenWithAnotherAnswer() {
        List<GeneratedQuestion> ranked = List.of(
                q(QuestionType.SHORT_ANSWER, "Who opened the new library?", "Anna Berg"),
                q(QuestionType.SHORT_ANSWER, "Who opened the new library?", "Jonas Keller"));
        assertEquals(1, new NearDuplicateFilter().filter(ranked).size());
    }

    @Test
    void foldsAnswersAsPlayScoresThem() {
        assertEquals("2000 us troops", Prose.fold("2,000 U.S. troops"));
        assertEquals("7 robertson", Prose.fold("Seven — Robertson’s"));
        assertEquals("sao paulo", Prose.fold("São Paulo"));
        assertEquals("", Prose.fold("  … "));
    }
}
