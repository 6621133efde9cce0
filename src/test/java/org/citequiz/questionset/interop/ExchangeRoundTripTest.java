package org.citequiz.questionset.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.citequiz.generation.QuestionType;
import org.junit.jupiter.api.Test;

/** Writing questions as GIFT and reading them back gives the same questions. */
class ExchangeRoundTripTest {

    private static final CitedPassage CITED = new CitedPassage("Atlas: {Europe}", "Geo = Press", LocalDate.of(2024, 1, 5),
            "Paris is the capital\nof France #1.", 7L, 10, 42);

    static List<PortableQuestion> tricky() {
        return List.of(
                q(QuestionType.MULTIPLE_CHOICE, "Which city? Use a ~ or = sign {if} you: like\\ it", List.of("Paris", "Ly=on", "N#ice"),
                        "Paris", List.of(), null, null, "Good: yes", List.of(CITED)),
                q(QuestionType.MULTIPLE_CHOICE, "Which year completes it? The council met in _____ in Rome.",
                        List.of("2001", "2002", "2003"), "2002", List.of(), null, null, null, List.of()),
                q(QuestionType.TRUE_FALSE, "The sky is green.\nReally?", List.of("True", "False"), "False", List.of(),
                        null, null, null, List.of()),
                q(QuestionType.SHORT_ANSWER, "Name the organisation // not a comment", List.of(), "NATO",
                        List.of("North Atlantic Treaty Organization", "N*A*T*O"), null, null, null, List.of(CITED)),
                q(QuestionType.FILL_IN_BLANK, "Fill in the blank: the treaty was signed in _____.", List.of(), "1997",
                        List.of(), null, null, null, List.of()),
                q(QuestionType.FILL_IN_BLANK, "The capital is _____", List.of(), "Paris", List.of(), null, null, null,
                        List.of()),
                q(QuestionType.NUMERIC, "How many members?", List.of(), "32", List.of(), 32.0, 0.5, null, List.of()),
                q(QuestionType.NUMERIC, "Exact value?", List.of(), "-3.25", List.of(), -3.25, 0.0, null, List.of()),
                q(QuestionType.ORDERING, "Put in order", List.of("b", "c", "a"), "a → b → c", List.of(), null, null, null,
                        List.of()));
    }

    private static PortableQuestion q(QuestionType type, String prompt, List<String> choices, String answer,
            List<String> accepted, Double numeric, Double tolerance, String feedback, List<CitedPassage> sources) {
        return new PortableQuestion(0, type, prompt, choices, answer, accepted, numeric, tolerance, "Week 1", feedback,
                sources);
    }

    @Test
    void giftWrittenByCitequizReadsBackToTheSameQuestions() {
        String gift = new GiftWriter().write("Test set\nsecond heading line", tricky());
        ParsedFile parsed = new GiftParser().parse(gift);
        assertEquals(List.of(), parsed.errors(), gift);
        assertEquals(List.of(), parsed.skipped(), gift);
        assertEquals(tricky().size(), parsed.questions().size());
        for (int i = 0; i < tricky().size(); i++) {
            PortableQuestion expected = tricky().get(i);
            PortableQuestion actual = parsed.questions().get(i);
            assertEquals(expected.type(), actual.type(), gift);
            assertEquals(expected.prompt(), actual.prompt());
            assertEquals(expected.answer(), actual.answer());
            if (expected.type() != QuestionType.ORDERING) {
                assertEquals(expected.choices(), actual.choices());
            }
            assertEquals(expected.acceptedAnswers(), actual.acceptedAnswers());
            assertEquals(expected.numericAnswer(), actual.numericAnswer());
            assertEquals(expected.category(), actual.category());
            assertEquals(expected.feedback(), actual.feedback());
            assertEquals(expected.sources().size(), actual.sources().size());
        }
        CitedPassage back = parsed.questions().get(0).sources().get(0);
        assertEquals("Atlas: {Europe} — Geo = Press, 2024-01-05", back.documentTitle());
        assertEquals("Paris is the capital of France #1.", back.passage());
    }

    @Test
    void giftEscapesEverySpecialCharacter() {
        assertEquals("a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h\\ni", GiftWriter.escape("a~b=c#d{e}f:g\\h\ni"));
    }

    @Test
    void giftPutsAnswersAtTheBlankSoMoodleShowsAMissingWord() {
        String gift = new GiftWriter().question(tricky().get(1));
        assertEquals("[plain]Which year completes it? The council met in {~2001 =2002 ~2003} in Rome.", gift);
        assertTrue(new GiftWriter().question(tricky().get(3)).contains("=N\\*A\\*T\\*O"));
    }

    @Test
    void importReadsAnExportedOrderingQuestionsItemsBackInOrder() {
        String gift = new GiftWriter().question(tricky().get(8));
        assertEquals("[plain]Put in order {>3 ALL VERTICAL ALL_OR_NOTHING\na\nb\nc\n}", gift);
    }
}
