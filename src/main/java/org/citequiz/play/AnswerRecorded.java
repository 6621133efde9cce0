package org.citequiz.play;

import java.time.Instant;

/**
 * Fired synchronously, inside the transaction that stores a scored answer (a self-paced response or a live-game
 * answer), so that score aggregates are updated atomically with the answer itself and no points can be lost.
 *
 * @param classId the class the answer counts for, or null
 * @param source "quiz" for self-paced attempts, "game" for live games
 */
public record AnswerRecorded(long learnerId, long setId, Long classId, long questionId, boolean correct, int points,
        long timeMs, Instant answeredAt, String source) {

    public static final String QUIZ = "quiz";
    public static final String GAME = "game";
}
