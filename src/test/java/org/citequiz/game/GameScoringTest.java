package org.citequiz.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GameScoringTest {

    private static final GameRules SPEED = new GameRules(20, true, false);

    @Test
    void instantCorrectAnswerEarnsFullPoints() {
        assertEquals(1000, GameScoring.points(SPEED, true, 0, 0));
    }

    @Test
    void lastMomentCorrectAnswerEarnsHalf() {
        assertEquals(500, GameScoring.points(SPEED, true, 20_000, 0));
    }

    @Test
    void pointsFallLinearlyWithTimeAndAreRounded() {
        assertEquals(750, GameScoring.points(SPEED, true, 10_000, 0));
        // 1000 × (1 − 3333 / 40000) = 916.675 → 917
        assertEquals(917, GameScoring.points(SPEED, true, 3_333, 0));
        assertTrue(GameScoring.points(SPEED, true, 1_000, 0) > GameScoring.points(SPEED, true, 1_100, 0));
    }

    @Test
    void wrongAnswerEarnsNothingWhateverTheStreak() {
        assertEquals(0, GameScoring.points(new GameRules(20, true, true), false, 0, 4));
    }

    @Test
    void speedPointsOffGivesFullPointsAtAnyTime() {
        GameRules flat = new GameRules(20, false, false);
        assertEquals(1000, GameScoring.points(flat, true, 0, 0));
        assertEquals(1000, GameScoring.points(flat, true, 19_999, 0));
    }

    @Test
    void streakBonusGrowsPerCorrectAnswerInARowAndIsCapped() {
        GameRules streak = new GameRules(10, false, true);
        assertEquals(1000, GameScoring.points(streak, true, 0, 0));
        assertEquals(1100, GameScoring.points(streak, true, 0, 1));
        assertEquals(1300, GameScoring.points(streak, true, 0, 3));
        assertEquals(1500, GameScoring.points(streak, true, 0, 5));
        assertEquals(1500, GameScoring.points(streak, true, 0, 12));
    }

    @Test
    void streakIgnoredWhenBonusIsOff() {
        assertEquals(1000, GameScoring.points(new GameRules(10, false, false), true, 0, 7));
    }

    @Test
    void answersOutsideTheTimeAreNeverScored() {
        assertThrows(IllegalArgumentException.class, () -> GameScoring.points(SPEED, true, 20_001, 0));
        assertThrows(IllegalArgumentException.class, () -> GameScoring.points(SPEED, false, -1, 0));
    }

    @Test
    void rulesShownToPlayersStateTheFormulaAndOptions() {
        String speed = String.join(" ", GameScoring.describe(new GameRules(20, true, true)));
        assertTrue(speed.contains("1000 × (1 − t / 40 s)"), speed);
        assertTrue(speed.contains("Streak bonus: +100"), speed);
        String flat = String.join(" ", GameScoring.describe(new GameRules(20, false, false)));
        assertTrue(flat.contains("Every correct answer earns 1000 points"), flat);
        assertTrue(!flat.contains("Streak"), flat);
    }
}
