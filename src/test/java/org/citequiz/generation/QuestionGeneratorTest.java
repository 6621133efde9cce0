package org.citequiz.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Question building on small texts: all types, the same fact in two documents, distractors, timeline. */
class QuestionGeneratorTest {

    private static final String FIRST = """
            The Riverside Marathon was first run in 1994 with 300 runners.

            Race Director Helen Carter said 12,000 runners started the race in Dublin on Sunday. "It was the best day in our history," Carter said.

            The Irish Athletics Federation, or IAF, approved the course in 2015.
            """;
    private static final String SECOND = """
            Race Director Helen Carter announced that 12,000 runners took part in the race in Dublin this year.

            The course was changed in 2008 after floods closed the river path in 2007.

            Mayor Sean Doyle opened the finish area in 2019 with 50 volunteers.
            """;

    private static List<SourceText> documents() {
        return List.of(Texts.source(1, FIRST, LocalDate.of(2023, 4, 25)),
                Texts.source(2, SECOND, LocalDate.of(2023, 4, 27)));
    }

    @Test
    void everyTypeIsGenerated() {
        List<GeneratedQuestion> questions = new QuestionGenerator().generate(documents());
        for (QuestionType type : QuestionType.values()) {
            assertTrue(questions.stream().anyMatch(q -> q.type() == type), "no " + type + " in " + questions);
        }
        for (GeneratedQuestion q : questions) {
            assertTrue(q.quality() >= 0 && q.quality() <= 1);
            assertFalse(q.sources().isEmpty());
            if (q.type() == QuestionType.TRUE_FALSE) {
                assertEquals(List.of("True", "False"), q.choices());
                assertTrue(q.answer().equals("True") || q.answer().equals("False"));
            }
            if (q.type() == QuestionType.ORDERING) {
                assertEquals(q.choices().size(), q.answer().split(QuestionType.ORDER_SEPARATOR).length);
                assertTrue(q.choices().containsAll(List.of(q.answer().split(QuestionType.ORDER_SEPARATOR))));
            }
        }
    }

    @Test
    void theSameFactInTwoDocumentsCitesBoth() {
        GeneratedQuestion who = new QuestionGenerator().generate(documents()).stream()
                .filter(q -> q.factKind().equals("PERSON") && q.answer().equals("Helen Carter")).findFirst().orElseThrow();
        assertEquals(List.of(1L, 2L), who.sources().stream().map(Citation::documentId).toList());
    }

    @Test
    void countQuestionsNameTheYearTheyHoldFor() {
        assertTrue(new QuestionGenerator().generate(documents()).stream().anyMatch(q -> q.factKind().equals("COUNT")
                && q.prompt().startsWith("In 1994, how many runners?") && q.answer().equals("300")));
    }

    @Test
    void distractorsAreNeverTheAnswerAVariantOrInThePrompt() {
        for (GeneratedQuestion q : new QuestionGenerator().generate(documents())) {
            if (q.type() != QuestionType.MULTIPLE_CHOICE) {
                continue;
            }
            assertEquals(4, q.choices().size(), q.toString());
            assertEquals(1, q.choices().stream().filter(q.answer()::equals).count());
            for (String c : q.choices()) {
                if (c.equals(q.answer())) {
                    continue;
                }
                String f = Prose.fold(c);
                assertTrue(q.acceptedAnswers().stream().noneMatch(a -> Prose.fold(a).equals(f)), q.toString());
                assertFalse((" " + Prose.fold(q.prompt()) + " ").contains(" " + f + " "), q.toString());
            }
        }
    }

    @Test
    void aDistractorEqualToAnAcceptedVariantIsRefused() {
        // the answer is written "seven"; neither 7 nor "seven" may come back as a wrong option
        SourceText doc = Texts.source(1, "The jury of seven judges met in Rome in 2011. Later a panel of 8 judges, "
                + "a board of 9 members and a team of 6 engineers met in Paris in 2012.", LocalDate.of(2012, 6, 1));
        boolean asked = false;
        for (GeneratedQuestion q : new QuestionGenerator().generate(List.of(doc))) {
            if (q.type() == QuestionType.MULTIPLE_CHOICE && q.answer().equals("7")) {
                asked = true;
                assertEquals(1, q.choices().stream().filter(c -> Prose.fold(c).equals("7")).count(), q.toString());
            }
        }
        assertTrue(asked);
    }

    @Test
    void generationIsDeterministic() {
        assertEquals(new QuestionGenerator().generate(documents()), new QuestionGenerator().generate(documents()));
    }

    @Test
    void nearDuplicatesAreDropped() {
        // the same statement in two reports gives its questions once (citing both), not twice
        String text = "New library for Kilbride\n\nMayor Sean Doyle opened the new library in 2019, three years after"
                + " the council approved it. The building cost 12 million euros.";
        List<GeneratedQuestion> questions = new QuestionGenerator().generate(List.of(
                Texts.source(1, text, LocalDate.of(2020, 1, 1)), Texts.source(2, text, LocalDate.of(2020, 1, 2))));
        for (int i = 0; i < questions.size(); i++) {
            for (int j = 0; j < i; j++) {
                assertFalse(NearDuplicateFilter.nearDuplicates(questions.get(i), questions.get(j)),
                        questions.get(i).prompt());
            }
        }
        assertFalse(questions.isEmpty());
    }
}
