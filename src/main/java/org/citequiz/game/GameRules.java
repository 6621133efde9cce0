package org.citequiz.game;

/** The scoring options the host chose for a game. */
public record GameRules(int secondsPerQuestion, boolean speedPoints, boolean streakBonus) {

    public long timeLimitMs() {
        return secondsPerQuestion * 1000L;
    }
}
