package org.citequiz.leaderboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoardViewTest {

    private final List<Ranking.Ranked<ScoreLine>> board = board(25);

    private static List<Ranking.Ranked<ScoreLine>> board(int size) {
        List<ScoreLine> lines = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            lines.add(new ScoreLine(i, "Learner " + i, 1000 - i, 10, 5, 1000));
        }
        return Ranking.rank(lines, ScoreLine.BY_SCORE, ScoreLine.BY_NAME);
    }

    @Test
    void viewerBelowTheTopSeesTheirOwnLine() {
        BoardView view = BoardView.of(board, 20L, 10);
        assertEquals(10, view.top().size());
        assertEquals(20, view.own().rank());
        assertEquals("Learner 20", view.own().learnerName());
        assertTrue(view.own().mine());
        assertEquals(50, view.own().accuracyPercent());
    }

    @Test
    void viewerInTheTopIsMarkedThereAndNotRepeated() {
        BoardView view = BoardView.of(board, 3L, 10);
        assertNull(view.own());
        assertTrue(view.top().get(2).mine());
        assertEquals(1, view.top().stream().filter(BoardView.Row::mine).count());
    }

    @Test
    void instructorSeesTheTopOnly() {
        BoardView view = BoardView.of(board, null, 10);
        assertNull(view.own());
        assertEquals(0, view.top().stream().filter(BoardView.Row::mine).count());
        assertEquals(25, view.size());
    }
}
