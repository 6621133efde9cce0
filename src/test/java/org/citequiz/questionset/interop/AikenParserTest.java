package org.citequiz.questionset.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.citequiz.generation.QuestionType;
import org.citequiz.questionset.interop.ParsedFile.LineError;
import org.junit.jupiter.api.Test;

class AikenParserTest {

    private final AikenParser parser = new AikenParser();

    @Test
    void goodQuestionsImportWithTheirTextKeptAsWritten() {
        ParsedFile parsed = parser.parse(Fixtures.own("good.aiken.txt"));
        assertEquals(List.of(), parsed.errors());
        assertEquals(2, parsed.questions().size());
        PortableQuestion first = parsed.questions().get(0);
        assertEquals(QuestionType.MULTIPLE_CHOICE, first.type());
        assertEquals(List.of("A robot", "An engineer", "Nobody"), first.choices());
        assertEquals("An engineer", first.answer());
        assertEquals("Pages may say <script>alert(\"x\")</script> & more:", parsed.questions().get(1).prompt());
        assertEquals("True", parsed.questions().get(1).answer());
    }

    @Test
    void badQuestionsAreReportedByLineAndGoodOnesImport() {
        ParsedFile parsed = parser.parse(Fixtures.own("errors.aiken.txt"));
        assertEquals(List.of("Carbon dioxide", "Saturn"), parsed.questions().stream().map(PortableQuestion::answer).toList());
        assertEquals(List.of("Jupiter's moon", "Saturn"), parsed.questions().get(1).choices());
        assertEquals(List.of(1, 5, 7, 14), parsed.errors().stream().map(LineError::line).toList());
        assertTrue(parsed.errors().get(0).message().contains("at least two options"));
        assertTrue(parsed.errors().get(1).message().contains("before any question"));
        assertTrue(parsed.errors().get(2).message().contains("no question"));
        assertTrue(parsed.errors().get(3).message().contains("no ANSWER"));
    }

    @Test
    void moodleAikenFixturesReadAsMoodleReadsThem() {
        ParsedFile good = parser.parse(Fixtures.moodle("questions.aiken.txt"));
        assertEquals(List.of(), good.errors());
        assertEquals(List.of("Martin Dougiamas", "True"), good.questions().stream().map(PortableQuestion::answer).toList());
        assertEquals("Moodle's abilities include handling user input that includes <html class=\"cool\"> & images:",
                good.questions().get(1).prompt());

        ParsedFile bad = parser.parse(Fixtures.moodle("aiken_errors.txt"));
        assertEquals(List.of("Correct", "Correct (No space)"), bad.questions().stream().map(PortableQuestion::answer).toList());
        assertEquals(List.of(1, 5, 7, 14), bad.errors().stream().map(LineError::line).toList());
    }

    @Test
    void answerLetterMustBeAnOption() {
        ParsedFile parsed = parser.parse("Q?\nA. yes\nB. no\nANSWER: C\n");
        assertEquals(List.of(new LineError(1, "ANSWER C is not one of the options A, B.")), parsed.errors());
    }

    @Test
    void multiLineStemAndDotOptionsWithoutBlankLinesBetweenQuestions() {
        ParsedFile parsed = parser.parse("In 1990,\nU.S. troops went where?\nA. Kuwait\nB. Peru\nANSWER: A\nNext?\n"
                + "A. x\nB. y\nANSWER: b");
        assertEquals(List.of(), parsed.errors());
        assertEquals("In 1990,\nU.S. troops went where?", parsed.questions().get(0).prompt());
        assertEquals("y", parsed.questions().get(1).answer());
        assertEquals(6, parsed.questions().get(1).line());
    }

    @Test
    void aNewQuestionBeforeTheAnswerReportsTheUnfinishedOne() {
        ParsedFile parsed = parser.parse("First?\nA. a\nB. b\nSecond?\nA. c\nB. d\nANSWER: B\n");
        assertEquals(List.of(new LineError(1, "The question has no ANSWER line.")), parsed.errors());
        assertEquals("d", parsed.questions().get(0).answer());
    }
}
