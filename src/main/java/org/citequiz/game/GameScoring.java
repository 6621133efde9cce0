package org.citequiz.game;

import java.util.ArrayList;
import java.util.List;

/**
 * Points for a live-game answer. A correct answer given at time t (server-measured from the question's start) within
 * the limit T earns round(1000 × (1 − t / 2T)): 1000 at once, 500 at the last moment. With speed points off every
 * correct answer earns 1000. The streak bonus adds {@value #STREAK_STEP} for each correct answer in a row before
 * this one, up to {@value #STREAK_CAP}. Wrong answers earn nothing.
 */
public final class GameScoring {

    public static final int FULL_POINTS = 1000;
    public static final int STREAK_STEP = 100;
    public static final int STREAK_CAP = 500;

    private GameScoring() {
    }

    /**
     * @param streakBefore correct answers in a row immediately before this one
     * @throws IllegalArgumentException for a time outside [0, T]: late answers are refused, never scored
     */
    public static int points(GameRules rules, boolean correct, long timeMs, int streakBefore) {
        if (timeMs < 0 || timeMs > rules.timeLimitMs()) {
            throw new IllegalArgumentException("Answer time " + timeMs + " ms is outside the limit of "
                    + rules.timeLimitMs() + " ms");
        }
        if (!correct) {
            return 0;
        }
        int base = rules.speedPoints()
                ? (int) Math.round(FULL_POINTS * (1 - timeMs / (2.0 * rules.timeLimitMs())))
                : FULL_POINTS;
        return base + streakBonus(rules, streakBefore);
    }

    public static int streakBonus(GameRules rules, int streakBefore) {
        return rules.streakBonus() ? Math.min(Math.max(streakBefore, 0) * STREAK_STEP, STREAK_CAP) : 0;
    }

    /** The rules as shown to players before and during the game. */
    public static List<String> describe(GameRules rules) {
        List<String> lines = new ArrayList<>();
        lines.add("You have " + rules.secondsPerQuestion() + " seconds per question; answers after the time is up do not count.");
        if (rules.speedPoints()) {
            lines.add("A correct answer earns between 500 and 1000 points: 1000 × (1 − t / " + (2 * rules.secondsPerQuestion())
                    + " s), where t is how long you took. The faster, the more points.");
        } else {
            lines.add("Every correct answer earns " + FULL_POINTS + " points, however long you take.");
        }
        if (rules.streakBonus()) {
            lines.add("Streak bonus: +" + STREAK_STEP + " for each correct answer in a row before this one (up to +"
                    + STREAK_CAP + "). A wrong or missing answer ends the streak.");
        }
        lines.add("A wrong answer earns 0 points. You can answer each question once.");
        return lines;
    }
}
