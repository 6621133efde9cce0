package org.citequiz.leaderboard;

import java.util.Comparator;

/** One learner's figures on one board (class, set or all sets, period), read from the score aggregates. */
public record ScoreLine(long learnerId, String learnerName, long points, int answered, int correct, long timeMs) {

    /** Points first, then accuracy, then the less total answer time. */
    public static final Comparator<ScoreLine> BY_SCORE = Comparator.comparingLong(ScoreLine::points).reversed()
            .thenComparing(ScoreLine::compareAccuracy)
            .thenComparingLong(ScoreLine::timeMs);

    public static final Comparator<ScoreLine> BY_NAME = Comparator.comparing(ScoreLine::learnerName,
            String.CASE_INSENSITIVE_ORDER).thenComparingLong(ScoreLine::learnerId);

    /** Share of correct answers, 0 when nothing was answered. */
    public double accuracy() {
        return answered == 0 ? 0 : (double) correct / answered;
    }

    /** Higher accuracy first, compared exactly (2/3 equals 4/6) rather than in floating point. */
    private static int compareAccuracy(ScoreLine a, ScoreLine b) {
        long left = (long) a.correct * Math.max(b.answered, 1);
        long right = (long) b.correct * Math.max(a.answered, 1);
        return Long.compare(right, left);
    }
}
