package org.citequiz.leaderboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.citequiz.leaderboard.Ranking.Ranked;
import org.junit.jupiter.api.Test;

class RankingTest {

    private static ScoreLine line(long id, String name, long points, int answered, int correct, long timeMs) {
        return new ScoreLine(id, name, points, answered, correct, timeMs);
    }

    private static List<Ranked<ScoreLine>> rank(ScoreLine... lines) {
        return Ranking.rank(List.of(lines), ScoreLine.BY_SCORE, ScoreLine.BY_NAME);
    }

    private static List<String> names(List<Ranked<ScoreLine>> ranked) {
        return ranked.stream().map(r -> r.entry().learnerName()).toList();
    }

    private static List<Integer> ranks(List<Ranked<ScoreLine>> ranked) {
        return ranked.stream().map(Ranked::rank).toList();
    }

    @Test
    void morePointsRankFirst() {
        var ranked = rank(line(1, "Ann", 100, 5, 5, 1000), line(2, "Bob", 300, 5, 1, 9000), line(3, "Cy", 200, 5, 2, 10));
        assertEquals(List.of("Bob", "Cy", "Ann"), names(ranked));
        assertEquals(List.of(1, 2, 3), ranks(ranked));
    }

    @Test
    void equalPointsAreSplitByAccuracyThenByTime() {
        var ranked = rank(line(1, "Slow", 500, 4, 4, 9000), line(2, "Sloppy", 500, 5, 4, 100),
                line(3, "Fast", 500, 4, 4, 3000));
        assertEquals(List.of("Fast", "Slow", "Sloppy"), names(ranked));
        assertEquals(List.of(1, 2, 3), ranks(ranked));
    }

    @Test
    void accuracyIsComparedExactly() {
        // 2/3 and 4/6 are the same accuracy: the time decides, not a floating-point rounding.
        var ranked = rank(line(1, "Six", 400, 6, 4, 2000), line(2, "Three", 400, 3, 2, 1000));
        assertEquals(List.of("Three", "Six"), names(ranked));
        assertEquals(List.of(1, 2), ranks(ranked));
    }

    @Test
    void equalLearnersShareARankAndTheNextRankSkips() {
        var ranked = rank(line(1, "Zed", 700, 7, 7, 5000), line(2, "Amy", 700, 7, 7, 5000),
                line(3, "Kim", 600, 7, 6, 5000), line(4, "Lou", 0, 0, 0, 0), line(5, "Max", 0, 0, 0, 0));
        assertEquals(List.of(1, 1, 3, 4, 4), ranks(ranked));
        // Within a shared rank the names are in alphabetical order.
        assertEquals(List.of("Amy", "Zed", "Kim", "Lou", "Max"), names(ranked));
    }

    @Test
    void emptyBoardHasNoRanks() {
        assertEquals(List.of(), rank());
    }

    @Test
    void classesRankByAveragePerActiveMemberSoASmallClassCanWin() {
        var ranked = Ranking.rank(List.of(new ClassStanding(1, "Big", 3000, 10), new ClassStanding(2, "Small", 800, 2),
                new ClassStanding(3, "Same", 1100, 3)), ClassStanding.BY_AVERAGE, ClassStanding.BY_NAME);
        assertEquals(List.of("Small", "Same", "Big"), ranked.stream().map(r -> r.entry().className()).toList());
        assertEquals(List.of(1, 2, 3), ranked.stream().map(Ranked::rank).toList());
        var tied = Ranking.rank(List.of(new ClassStanding(1, "B", 1000, 2), new ClassStanding(2, "A", 500, 1)),
                ClassStanding.BY_AVERAGE, ClassStanding.BY_NAME);
        assertEquals(List.of(1, 1), tied.stream().map(Ranked::rank).toList());
    }
}
