package org.citequiz.questionset;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.citequiz.generation.QuestionType;
import org.junit.jupiter.api.Test;

/** The rules an edited or hand-written question must satisfy (plain JUnit, no database). */
class ReviewQuestionRulesTest {

    static QuestionDraft draft(QuestionType type, List<String> choices, String answer) {
        return new QuestionDraft(type, "A prompt", choices, answer, List.of(), null, null, null);
    }

    static List<String> reasons(QuestionDraft d) {
        return assertThrows(InvalidQuestion.class, () -> QuestionEditor.check(d)).reasons();
    }

    @Test
    void multipleChoiceAnswerMustBeOneOfAtLeastTwoDistinctChoices() {
        assertEquals(List.of("The answer must be one of the choices."),
                reasons(draft(QuestionType.MULTIPLE_CHOICE, List.of("a", "b"), "c")));
        assertTrue(reasons(draft(QuestionType.MULTIPLE_CHOICE, List.of("a"), "a")).get(0).contains("at least two"));
        assertTrue(reasons(draft(QuestionType.MULTIPLE_CHOICE, List.of("a", "A", "b"), "a")).get(0).contains("different"));
        QuestionEditor.Checked ok = QuestionEditor.check(draft(QuestionType.MULTIPLE_CHOICE, List.of(" Oslo ", "", "Bergen"), "oslo"));
        assertEquals(List.of("Oslo", "Bergen"), ok.choices());
        assertEquals("Oslo", ok.answer());
    }

    @Test
    void trueFalseOrderingAndNumericRules() {
        assertEquals("False", QuestionEditor.check(draft(QuestionType.TRUE_FALSE, List.of(), "false")).answer());
        assertFalse(reasons(draft(QuestionType.TRUE_FALSE, List.of(), "yes")).isEmpty());
        assertFalse(reasons(draft(QuestionType.ORDERING, List.of("one"), null)).isEmpty());
        QuestionEditor.Checked order = QuestionEditor.check(draft(QuestionType.ORDERING, List.of("a", "b", "c"), null));
        assertEquals("a → b → c", order.answer());
        assertNotEquals(List.of("a", "b", "c"), order.choices());
        assertEquals(QuestionEditor.check(draft(QuestionType.ORDERING, List.of("a", "b", "c"), null)).choices(),
                order.choices(), "the display order is stable");
        QuestionEditor.Checked numeric = QuestionEditor.check(
                new QuestionDraft(QuestionType.NUMERIC, "How many?", List.of(), "1,200", List.of(), null, 5.0, null));
        assertEquals(1200.0, numeric.numericAnswer());
        assertFalse(reasons(new QuestionDraft(QuestionType.NUMERIC, "p", List.of(), "", List.of(), null, -1.0, null)).isEmpty());
    }

    @Test
    void acceptedVariantsDropBlanksDuplicatesAndTheAnswerItself() {
        QuestionEditor.Checked c = QuestionEditor.check(new QuestionDraft(QuestionType.SHORT_ANSWER, "Capital?", List.of(),
                "Oslo", List.of("oslo", " Kristiania ", "", "kristiania"), null, null, null));
        assertEquals(List.of("Kristiania"), c.accepted());
        assertTrue(reasons(new QuestionDraft(QuestionType.SHORT_ANSWER, " ", List.of(), " ", List.of(), null, null, null))
                .size() == 2);
    }
}
