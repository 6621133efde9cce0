package org.citequiz.play;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.citequiz.generation.QuestionType;
import org.citequiz.web.ProblemException;
import org.junit.jupiter.api.Test;

class ScoringTest {

    private static AnswerKey typed(QuestionType type, String answer, String... accepted) {
        return new AnswerKey(type, List.of(), answer, List.of(accepted), null, null, List.of());
    }

    private static Scoring.Verdict text(AnswerKey key, String response) {
        return Scoring.score(key, Submission.text(response));
    }

    @Test
    void typedAnswersFoldCaseAccentsPunctuationAndSpacing() {
        AnswerKey key = typed(QuestionType.SHORT_ANSWER, "Pratica di Mare", "Pratica di Mare air base");
        assertTrue(text(key, "  pratica   DI mare. ").correct());
        assertTrue(text(key, "Prática di Maré").correct());
        assertTrue(text(key, "pratica-di-mare").correct());
        assertTrue(text(key, "PRATICA DI MARE AIR BASE").correct());
        assertFalse(text(key, "Pratica").correct());
        assertEquals(100, text(key, "pratica di mare").points());
        assertEquals(0, text(key, "Rome").points());
    }

    @Test
    void aLeadingArticleIsIgnored() {
        AnswerKey key = typed(QuestionType.SHORT_ANSWER, "Kremlin");
        assertTrue(text(key, "the Kremlin").correct());
        assertTrue(text(typed(QuestionType.SHORT_ANSWER, "The Hague"), "Hague").correct());
        assertTrue(text(typed(QuestionType.SHORT_ANSWER, "an accord"), "Accord").correct());
        assertFalse(text(key, "the").correct());
    }

    @Test
    void numberWordsEqualDigits() {
        assertEquals("7", AnswerMatcher.fold("seven"));
        assertEquals("29", AnswerMatcher.fold("twenty-nine"));
        assertEquals("29", AnswerMatcher.fold("Twenty nine"));
        assertEquals("2000", AnswerMatcher.fold("2,000"));
        assertEquals("2000", AnswerMatcher.fold("two thousand"));
        assertEquals("105", AnswerMatcher.fold("one hundred and five"));
        assertEquals("1 2", AnswerMatcher.fold("one two"));
        assertEquals("7", AnswerMatcher.fold("7th"));
        assertEquals("7", AnswerMatcher.fold("seventh"));
        assertEquals("2.5", AnswerMatcher.fold("2.5"));
        assertTrue(text(typed(QuestionType.FILL_IN_BLANK, "29"), "twenty-nine").correct());
        assertTrue(text(typed(QuestionType.FILL_IN_BLANK, "seven"), "7").correct());
        assertTrue(text(typed(QuestionType.FILL_IN_BLANK, "2000 troops"), "2,000 troops").correct());
        assertFalse(text(typed(QuestionType.FILL_IN_BLANK, "29"), "twenty").correct());
    }

    @Test
    void numericAnswersUseTheTolerance() {
        AnswerKey exact = new AnswerKey(QuestionType.NUMERIC, List.of(), "29", List.of(), 29.0, null, List.of());
        assertTrue(text(exact, "29").correct());
        assertTrue(text(exact, "29.0").correct());
        assertTrue(text(exact, "twenty-nine").correct());
        assertFalse(text(exact, "28").correct());
        AnswerKey near = new AnswerKey(QuestionType.NUMERIC, List.of(), "1,000", List.of(), 1000.0, 50.0, List.of());
        assertTrue(text(near, "1,050").correct());
        assertTrue(text(near, "950").correct());
        assertFalse(text(near, "949").correct());
        ProblemException e = assertThrows(ProblemException.class, () -> text(near, "lots"));
        assertEquals(400, e.status());
    }

    @Test
    void multipleChoiceAndTrueFalseNeedAnExactChoice() {
        AnswerKey mc = new AnswerKey(QuestionType.MULTIPLE_CHOICE, List.of("2001", "2002", "2003"), "2002",
                List.of(), null, null, List.of());
        assertTrue(text(mc, "2002").correct());
        assertFalse(text(mc, "2001").correct());
        assertEquals(400, assertThrows(ProblemException.class, () -> text(mc, "2004")).status());
        AnswerKey tf = new AnswerKey(QuestionType.TRUE_FALSE, List.of(), "False", List.of(), null, null, List.of());
        assertTrue(text(tf, "False").correct());
        assertTrue(text(tf, "false").correct());
        assertFalse(text(tf, "True").correct());
        assertEquals(400, assertThrows(ProblemException.class, () -> text(tf, "maybe")).status());
    }

    @Test
    void orderingEarnsTheShareOfItemsInPlace() {
        List<String> order = List.of("a", "b", "c");
        AnswerKey key = new AnswerKey(QuestionType.ORDERING, order, "a → b → c", List.of(), null, null, order);
        Scoring.Verdict all = Scoring.score(key, Submission.ordering(List.of("a", "b", "c")));
        assertTrue(all.correct());
        assertEquals(100, all.points());
        Scoring.Verdict one = Scoring.score(key, Submission.ordering(List.of("a", "c", "b")));
        assertFalse(one.correct());
        assertEquals(33, one.points());
        Scoring.Verdict none = Scoring.score(key, Submission.ordering(List.of("c", "a", "b")));
        assertEquals(0, none.points());
        List<String> four = List.of("1", "2", "3", "4");
        AnswerKey key4 = new AnswerKey(QuestionType.ORDERING, four, "", List.of(), null, null, four);
        assertEquals(50, Scoring.score(key4, Submission.ordering(List.of("1", "2", "4", "3"))).points());
        assertEquals(400, assertThrows(ProblemException.class,
                () -> Scoring.score(key, Submission.ordering(List.of("a", "a", "b")))).status());
        assertEquals(400, assertThrows(ProblemException.class,
                () -> Scoring.score(key, Submission.ordering(List.of("a", "b")))).status());
        assertEquals(400, assertThrows(ProblemException.class, () -> text(key, "a b c")).status());
    }

    @Test
    void orderingIsNeverShownAlreadySolved() {
        List<String> order = List.of("a", "b", "c", "d");
        Set<List<String>> seen = new HashSet<>();
        for (long seed = 0; seed < 500; seed++) {
            List<String> shown = Scoring.displayOrder(order, seed, 7);
            assertNotEquals(order, shown);
            assertEquals(Set.copyOf(order), Set.copyOf(shown));
            seen.add(shown);
        }
        assertTrue(seen.size() > 10, "the order varies between attempts");
        for (long seed = 0; seed < 100; seed++) {
            assertEquals(List.of("y", "x"), Scoring.displayOrder(List.of("x", "y"), seed, 3));
        }
        assertEquals(Scoring.displayOrder(order, 42, 7), Scoring.displayOrder(order, 42, 7));
    }

    @Test
    void selectionMixesTypesPrefersQualityAndShufflesBySeed() {
        List<QuizSelection.Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            candidates.add(new QuizSelection.Candidate(i, QuestionType.FILL_IN_BLANK, 0.9 - i * 0.01));
        }
        candidates.add(new QuizSelection.Candidate(100, QuestionType.MULTIPLE_CHOICE, 0.5));
        candidates.add(new QuizSelection.Candidate(101, QuestionType.MULTIPLE_CHOICE, 0.4));
        candidates.add(new QuizSelection.Candidate(200, QuestionType.ORDERING, 0.3));
        List<Long> chosen = QuizSelection.choose(candidates, 10, 1);
        assertEquals(10, chosen.size());
        assertEquals(Set.of(0L, 1L, 2L, 3L, 4L, 5L, 6L, 100L, 101L, 200L), Set.copyOf(chosen));
        assertEquals(chosen, QuizSelection.choose(candidates, 10, 1), "deterministic from the seed");
        assertNotEquals(chosen, QuizSelection.choose(candidates, 10, 2), "shuffled per seed");
        assertEquals(3, QuizSelection.choose(candidates.subList(20, 23), 10, 1).size());
    }

    @Test
    void aQuizAsksAboutEachFactOnce() {
        // the best multiple-choice and the best short answer ask the same fact (same answer, same passage)
        String robertson = QuizSelection.factKey("George Robertson", 7_00000120L);
        List<QuizSelection.Candidate> candidates = List.of(
                new QuizSelection.Candidate(1, QuestionType.MULTIPLE_CHOICE, 0.9, robertson),
                new QuizSelection.Candidate(2, QuestionType.SHORT_ANSWER, 0.88, QuizSelection.factKey("george  ROBERTSON", 7_00000120L)),
                new QuizSelection.Candidate(3, QuestionType.SHORT_ANSWER, 0.7, QuizSelection.factKey("George Robertson", 8_00000040L)),
                new QuizSelection.Candidate(4, QuestionType.MULTIPLE_CHOICE, 0.6, QuizSelection.factKey("Rome", 7_00000300L)));
        assertEquals(Set.of(1L, 3L, 4L), Set.copyOf(QuizSelection.choose(candidates, 10, 5)));
        assertEquals(Set.of(1L, 3L), Set.copyOf(QuizSelection.choose(candidates, 2, 5)));
    }

    @Test
    void displayNamesAreTrimmedAndLimited() {
        assertEquals("Ada", LearnerNames.displayName("  Ada "));
        assertEquals("x".repeat(40), LearnerNames.displayName("x".repeat(40)));
        assertEquals(400, assertThrows(ProblemException.class, () -> LearnerNames.displayName("x".repeat(41))).status());
        assertThrows(ProblemException.class, () -> LearnerNames.displayName("   "));
        assertThrows(ProblemException.class, () -> LearnerNames.displayName(null));
        assertThrows(ProblemException.class, () -> LearnerNames.displayName("Ada\u0007"));
        assertThrows(ProblemException.class, () -> LearnerNames.displayName("Ada\nLovelace"));
        assertThrows(ProblemException.class, () -> LearnerNames.displayName("Ada\u202e"));
    }

    @Test
    void resumeCodesAvoidLookAlikes() {
        for (int i = 0; i < 200; i++) {
            String code = LearnerNames.newResumeCode();
            assertEquals(8, code.length());
            assertTrue(code.chars().noneMatch(c -> "01OIL".indexOf(c) >= 0), code);
        }
        assertEquals("ABCD2345", LearnerNames.normaliseResumeCode(" abcd-2345 "));
        assertEquals("ABCD-2345", LearnerNames.formatResumeCode("ABCD2345"));
    }

    @Test
    void learnerCookiesAreSignedAndTamperEvident() {
        LearnerCookie cookie = new LearnerCookie(config("a-secret"));
        String value = cookie.sign("learner-1");
        assertEquals("learner-1", cookie.verify(value).orElseThrow());
        assertTrue(cookie.verify("learner-2" + value.substring(value.indexOf('.'))).isEmpty());
        assertTrue(cookie.verify(value + "x").isEmpty());
        assertTrue(cookie.verify("learner-1").isEmpty());
        assertTrue(cookie.verify(null).isEmpty());
        assertTrue(new LearnerCookie(config("another-secret")).verify(value).isEmpty());
    }

    static PlayConfig config(String secret) {
        return new PlayConfig() {
            public int questionsPerQuiz() {
                return 10;
            }

            public java.util.Optional<String> cookieSecret() {
                return java.util.Optional.of(secret);
            }

            public java.time.Duration cookieMaxAge() {
                return java.time.Duration.ofDays(400);
            }

            public boolean secureCookie() {
                return false;
            }
        };
    }
}
