package org.citequiz.questionset.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.citequiz.generation.QuestionType;
import org.citequiz.questionset.interop.ParsedFile.Skipped;
import org.junit.jupiter.api.Test;

class GiftParserTest {

    private final GiftParser parser = new GiftParser();

    private PortableQuestion only(String gift) {
        ParsedFile parsed = parser.parse(gift);
        assertEquals(List.of(), parsed.errors(), "errors");
        assertEquals(List.of(), parsed.skipped(), "skipped");
        assertEquals(1, parsed.questions().size());
        return parsed.questions().get(0);
    }

    private String skipReason(String gift) {
        ParsedFile parsed = parser.parse(gift);
        assertEquals(List.of(), parsed.questions());
        assertEquals(1, parsed.skipped().size(), () -> "skipped: " + parsed.skipped() + " errors: " + parsed.errors());
        return parsed.skipped().get(0).reason();
    }

    private ParsedFile.LineError error(String gift) {
        ParsedFile parsed = parser.parse(gift);
        assertEquals(List.of(), parsed.questions());
        assertEquals(1, parsed.errors().size(), () -> "errors: " + parsed.errors() + " skipped: " + parsed.skipped());
        return parsed.errors().get(0);
    }

    @Test
    void multipleChoiceKeepsOptionOrderAndTheOneRightAnswer() {
        PortableQuestion q = only("Who's buried in Grant's tomb?{~Grant ~Jefferson =no one}");
        assertEquals(QuestionType.MULTIPLE_CHOICE, q.type());
        assertEquals("Who's buried in Grant's tomb?", q.prompt());
        assertEquals(List.of("Grant", "Jefferson", "no one"), q.choices());
        assertEquals("no one", q.answer());
    }

    @Test
    void missingWordWithDistractorsIsMultipleChoiceWithABlank() {
        PortableQuestion q = only("Grant is {~buried =entombed ~living} in Grant's tomb.");
        assertEquals(QuestionType.MULTIPLE_CHOICE, q.type());
        assertEquals("Grant is _____ in Grant's tomb.", q.prompt());
        assertEquals("entombed", q.answer());
    }

    @Test
    void missingWordWithOnlyRightAnswersIsFillInTheBlank() {
        PortableQuestion q = only("Two plus two equals {=four =4}.");
        assertEquals(QuestionType.FILL_IN_BLANK, q.type());
        assertEquals("Two plus two equals _____.", q.prompt());
        assertEquals("four", q.answer());
        assertEquals(List.of("4"), q.acceptedAnswers());
    }

    @Test
    void rightAnswersAtTheEndAreShortAnswer() {
        PortableQuestion q = only("::Tomb::Who's buried in Grant's tomb?{=no one =nobody}");
        assertEquals(QuestionType.SHORT_ANSWER, q.type());
        assertEquals("Who's buried in Grant's tomb?", q.prompt());
        assertEquals("no one", q.answer());
        assertEquals(List.of("nobody"), q.acceptedAnswers());
    }

    @Test
    void trueFalseInEverySpellingWithFeedback() {
        assertEquals("True", only("The sun rises in the east.{T}").answer());
        assertEquals("True", only("The sun rises in the east.{TRUE}").answer());
        assertEquals("False", only("Grant is buried in Grant's tomb.{F}").answer());
        PortableQuestion q = only("Grant is buried in Grant's tomb.{FALSE#No one is.#Well done.####He is entombed.}");
        assertEquals(QuestionType.TRUE_FALSE, q.type());
        assertEquals(List.of("True", "False"), q.choices());
        assertEquals("False", q.answer());
        assertEquals("He is entombed.", q.feedback());
    }

    @Test
    void rightAnswerFeedbackIsKeptWhenThereIsNoGeneralFeedback() {
        PortableQuestion q = only("What's the answer?{\n~wrong#no\n=right#Very good!}");
        assertEquals("Very good!", q.feedback());
    }

    @Test
    void numericValueToleranceAndRange() {
        PortableQuestion exact = only("When was Ulysses S. Grant born?{#1822}");
        assertEquals(QuestionType.NUMERIC, exact.type());
        assertEquals(1822.0, exact.numericAnswer());
        assertEquals(0.0, exact.tolerance());
        assertEquals("1822", exact.answer());

        PortableQuestion tolerance = only("What is pi? {#3.1415:0.0005}");
        assertEquals(3.1415, tolerance.numericAnswer());
        assertEquals(0.0005, tolerance.tolerance());

        PortableQuestion range = only("What is pi? {#3.141..3.142}");
        assertEquals("3.1415", range.answer());
        assertEquals(3.1415, range.numericAnswer());
        assertEquals(0.0005, range.tolerance(), 1e-12);

        PortableQuestion midpoint = only("A number from 1 to 5? {#1..5}");
        assertEquals(3.0, midpoint.numericAnswer());
        assertEquals(2.0, midpoint.tolerance());
    }

    @Test
    void numericWithOneRightAnswerAndZeroCreditRangesIsPlayable() {
        PortableQuestion q = only("When was Grant born? {#\n=1822:0#Exactly\n~%0%1800..1850#Close}");
        assertEquals(1822.0, q.numericAnswer());
        assertEquals("Exactly", q.feedback());
    }

    @Test
    void numericWithPartialCreditIsSkipped() {
        assertTrue(skipReason("When was Grant born? {#\n=1822:0\n=%50%1822:2}").contains("partial credit"));
    }

    @Test
    void numericThatIsNotANumberIsAnError() {
        ParsedFile.LineError e = error("\n\nHow many? {#twelve}");
        assertEquals(3, e.line());
        assertTrue(e.message().contains("\"twelve\" is not a number"), e.message());
    }

    @Test
    void escapedCharactersAreLiteral() {
        PortableQuestion q = only("Which answer equals 5? {\n ~ \\= 2 + 2\n = \\= 2 + 3\n ~ \\= 2 + 4 }");
        assertEquals(List.of("= 2 + 2", "= 2 + 3", "= 2 + 4"), q.choices());
        assertEquals("= 2 + 3", q.answer());

        PortableQuestion control = only("::Control::Which is NOT a control character? {\n ~ \\~ # \\~ is one.\n"
                + " ~ \\# # \\# is one.\n ~ \\{ # one\n ~ \\} # one\n ~ \\: # one\n = \\\\ # Correct! \\\\ is not.\n}");
        assertEquals(List.of("~", "#", "{", "}", ":", "\\"), control.choices());
        assertEquals("\\", control.answer());
        assertEquals("Correct! \\ is not.", control.feedback());
    }

    @Test
    void backslashNIsALineBreak() {
        assertEquals("First line\nsecond line", only("First line\\nsecond line{T}").prompt());
    }

    @Test
    void multiLineQuestionsKeepTheirLines() {
        PortableQuestion q = only("::Kanji Origins::Japanese characters originally\ncame from what country? {=China}");
        assertEquals("Japanese characters originally\ncame from what country?", q.prompt());
        assertEquals(QuestionType.SHORT_ANSWER, q.type());
    }

    @Test
    void htmlAndMarkdownBecomePlainText() {
        assertEquals("Who's buried in Grant's tomb?",
                only("[markdown]Who's buried in **Grant's tomb**?{=no one =nobody}").prompt());
        PortableQuestion html = only("[html]<p>Listen: <a href=\"http://x.test/a.mp3\">the clip</a></p><p>Which"
                + " language?</p>{=French ~German}");
        assertEquals("Listen: the clip (http://x.test/a.mp3)\nWhich language?", html.prompt());
    }

    @Test
    void commentsAndBlankLinesSeparateQuestions() {
        ParsedFile parsed = parser.parse("// heading\n\n// about Q1\n::Q1:: One? {T}\n\n\n\n// about Q2\n::Q2::"
                + " Two? {F}\n// trailing\n");
        assertEquals(2, parsed.questions().size());
        assertEquals(4, parsed.questions().get(0).line());
        assertEquals(9, parsed.questions().get(1).line());
    }

    @Test
    void typesCitequizCannotPlayAreSkippedWithTheirLine() {
        ParsedFile parsed = parser.parse("Essay? {}\n\nMatch. {=a -> 1 =b -> 2}\n\nJust a description.\n\n"
                + "Two right ones? {=a =%50%b}\n\nPick two {~%50%a ~%50%b ~%-100%c}\n\nTwo winners {=a =b ~c}\n\n"
                + "Fuzzy {=gr*n}\n\nPartial MC {~wrong ~%50%half =full}");
        assertEquals(List.of(), parsed.questions());
        assertEquals(List.of(), parsed.errors());
        List<Integer> lines = parsed.skipped().stream().map(Skipped::line).toList();
        assertEquals(List.of(1, 3, 5, 7, 9, 11, 13, 15), lines);
        List<String> reasons = parsed.skipped().stream().map(Skipped::reason).toList();
        assertTrue(reasons.get(0).startsWith("Essay"));
        assertTrue(reasons.get(1).startsWith("Matching"));
        assertTrue(reasons.get(2).startsWith("Description"));
        assertTrue(reasons.get(3).startsWith("Partial-credit"));
        assertTrue(reasons.get(4).startsWith("Multiple-response"));
        assertTrue(reasons.get(5).startsWith("More than one right answer"));
        assertTrue(reasons.get(6).startsWith("Wildcard"));
        assertTrue(reasons.get(7).startsWith("Partial or negative credit (50%)"), reasons.get(7));
    }

    @Test
    void malformedQuestionsAreErrorsWithTheirLine() {
        ParsedFile parsed = parser.parse("Good? {T}\n\nNot closed {=a ~b\n\n::Untitled {T}\n\nNo right {~a ~b}\n\n"
                + "{=only answers}\n\nWhat? {=a} and {=b}");
        assertEquals(1, parsed.questions().size());
        assertEquals(List.of(3, 5, 7, 9, 11), parsed.errors().stream().map(ParsedFile.LineError::line).toList());
    }

    @Test
    void categoryAppliesToTheQuestionsAfterIt() {
        ParsedFile parsed = parser.parse("First {T}\n\n$CATEGORY: $course$/top/Week 2\n\nSecond {T}\n\nThird {F}");
        assertNull(parsed.questions().get(0).category());
        assertEquals("Week 2", parsed.questions().get(1).category());
        assertEquals("Week 2", parsed.questions().get(2).category());
    }

    @Test
    void orderingBlockInMoodlesForm() {
        PortableQuestion q = only("Put them in order.{>3 ALL VERTICAL ALL_OR_NOTHING\nfirst\nsecond\nthird\n}");
        assertEquals(QuestionType.ORDERING, q.type());
        assertEquals("first → second → third", q.answer());
        assertEquals(3, q.choices().size());
        assertTrue(q.choices().containsAll(List.of("first", "second", "third")));
        assertTrue(!q.choices().equals(List.of("first", "second", "third")), "shown scrambled");
        assertTrue(skipReason("Order a subset.{>3 RANDOM\na\nb\nc\nd\n}").contains("subset"));
    }

    @Test
    void citationInTheGeneralFeedbackIsReadBack() {
        PortableQuestion q = only("Capital? {=Paris ~Lyon####Well known.\\n\\nSource\\: Atlas — Geo Press, 2024-01-05"
                + "\\n“Paris is the capital of France.”}");
        assertEquals("Well known.", q.feedback());
        assertEquals(1, q.sources().size());
        assertEquals("Atlas — Geo Press, 2024-01-05", q.sources().get(0).documentTitle());
        assertEquals("Paris is the capital of France.", q.sources().get(0).passage());
    }

    @Test
    void projectFixtureHasNineQuestionsLikeMoodlesOwn() {
        ParsedFile parsed = parser.parse(Fixtures.own("mixed.gift.txt"));
        assertNineLikeMoodle(parsed);
        assertEquals("Which planet is closest to the Sun?", parsed.questions().get(0).prompt());
        assertEquals(List.of("Mercury", "Venus", "Mars"), parsed.questions().get(0).choices());
        assertEquals(100.0, parsed.questions().get(1).numericAnswer());
        assertEquals(1.0, parsed.questions().get(1).tolerance());
        // Text after the braces makes a missing-word question, as in Moodle: the stray "; stays visible.
        assertEquals("At how many degrees Celsius does water boil at sea level? _____\";", parsed.questions().get(1).prompt());
        assertEquals("Its diameter is about 3,474 km.", parsed.questions().get(2).feedback());
        assertEquals(List.of(4, 7, 23, 35), parsed.skipped().stream().map(Skipped::line).toList());
    }

    @Test
    void moodleQuestionsFixtureHasNineQuestions() {
        ParsedFile parsed = parser.parse(Fixtures.moodle("questions.gift.txt"));
        assertNineLikeMoodle(parsed);
        assertEquals("What's between orange and green in the spectrum?", parsed.questions().get(0).prompt());
        assertEquals(List.of("yellow", "red", "blue"), parsed.questions().get(0).choices());
        assertEquals(3.0, parsed.questions().get(1).numericAnswer());
        assertEquals(2.0, parsed.questions().get(1).tolerance());
        assertEquals("This is, of course, a Hitchiker's Guide to the Galaxy reference.", parsed.questions().get(2).feedback());
        assertEquals(List.of(2, 5, 22, 34), parsed.skipped().stream().map(Skipped::line).toList());
    }

    /** Essay, matching, MC, multiple response, numeric, weighted short answer, TF with feedback, {T}, {TRUE}. */
    private static void assertNineLikeMoodle(ParsedFile parsed) {
        assertEquals(List.of(), parsed.errors());
        assertEquals(9, parsed.recognised());
        assertEquals(List.of(QuestionType.MULTIPLE_CHOICE, QuestionType.NUMERIC, QuestionType.TRUE_FALSE,
                QuestionType.TRUE_FALSE, QuestionType.TRUE_FALSE), parsed.questions().stream().map(PortableQuestion::type).toList());
        List<String> reasons = parsed.skipped().stream().map(Skipped::reason).toList();
        assertTrue(reasons.get(0).startsWith("Essay"), reasons.toString());
        assertTrue(reasons.get(1).startsWith("Matching"), reasons.toString());
        assertTrue(reasons.get(2).startsWith("Multiple-response"), reasons.toString());
        assertTrue(reasons.get(3).startsWith("Partial-credit answers (50%)"), reasons.toString());
    }

    @Test
    void projectCategoryFixtureHasFourQuestionsInTheCategory() {
        ParsedFile parsed = parser.parse(Fixtures.own("category.gift.txt"));
        assertEquals(4, parsed.recognised());
        assertEquals(List.of(), parsed.errors());
        assertTrue(parsed.questions().stream().allMatch(q -> "Geography Week".equals(q.category())));
        assertEquals("Play the anthem: (http://example.org/anthem.mp3)\n\nWhich country is it from?",
                parsed.questions().get(0).prompt());
        assertEquals("Africa", parsed.questions().get(1).answer());
        assertEquals("The Alps run through Switzerland.", parsed.questions().get(2).prompt());
    }

    @Test
    void moodleCategoryFixtureHasFourQuestionsInTheNamedCategory() {
        ParsedFile parsed = parser.parse(Fixtures.moodle("questions_in_category.gift.txt"));
        assertEquals(4, parsed.recognised());
        assertEquals(List.of(), parsed.errors());
        assertEquals(3, parsed.questions().size());
        assertTrue(parsed.skipped().get(0).reason().startsWith("Matching"));
        assertTrue(parsed.questions().stream().allMatch(q -> "Default for New Features".equals(q.category())));
        PortableQuestion greeting = parsed.questions().get(0);
        assertEquals("Listen to this greeting: (http://demo.moodle.net/file.php/5/media/bonjour.mp3)\n\n"
                + "What language is being spoken?", greeting.prompt());
        assertEquals("French", greeting.answer());
        assertEquals("Moodler", parsed.questions().get(1).answer());
        assertEquals("Moodle is an acronym for Modular Object-Oriented Dynamic Learning Environment.",
                parsed.questions().get(2).prompt());
    }

    @Test
    void moodleSyntaxTourIsReadWithoutErrors() {
        ParsedFile parsed = parser.parse(Fixtures.moodle("examples.gift.txt"));
        assertEquals(List.of(), parsed.errors());
        System.out.printf("examples.gift.txt: %d recognised, %d imported, %d skipped%n", parsed.recognised(),
                parsed.questions().size(), parsed.skipped().size());
        parsed.skipped().forEach(s -> System.out.println("  skipped line " + s.line() + ": " + s.reason()));
        assertTrue(parsed.questions().size() >= 25, "imported " + parsed.questions().size());
    }
}
