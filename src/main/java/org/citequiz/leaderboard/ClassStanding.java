package org.citequiz.leaderboard;

import java.util.Comparator;

/** A class's figures against other classes: only its active members (at least one answer) count. */
public record ClassStanding(long classId, String className, long totalPoints, int activeMembers) {

    /** Average points per active member, highest first, so that a small class can beat a large one. */
    public static final Comparator<ClassStanding> BY_AVERAGE = (a, b) -> Long.compare(
            b.totalPoints * Math.max(a.activeMembers, 1), a.totalPoints * Math.max(b.activeMembers, 1));

    public static final Comparator<ClassStanding> BY_NAME = Comparator.comparing(ClassStanding::className,
            String.CASE_INSENSITIVE_ORDER).thenComparingLong(ClassStanding::classId);

    public double averagePoints() {
        return activeMembers == 0 ? 0 : (double) totalPoints / activeMembers;
    }
}
