package org.citequiz.leaderboard;

import java.util.List;
import org.citequiz.leaderboard.Ranking.Ranked;

/** What one viewer sees of a class board: the top lines, and their own line when it is below them. */
public record BoardView(List<Row> top, Row own, int size) {

    public record Row(int rank, String learnerName, long points, int accuracyPercent, int answered, boolean mine) {
    }

    public static BoardView of(List<Ranked<ScoreLine>> board, Long viewerLearnerId, int topCount) {
        List<Row> top = board.stream().limit(topCount).map(r -> row(r, viewerLearnerId)).toList();
        Row own = viewerLearnerId == null ? null : board.stream().skip(topCount)
                .filter(r -> r.entry().learnerId() == viewerLearnerId).findFirst()
                .map(r -> row(r, viewerLearnerId)).orElse(null);
        return new BoardView(top, own, board.size());
    }

    private static Row row(Ranked<ScoreLine> ranked, Long viewer) {
        ScoreLine line = ranked.entry();
        return new Row(ranked.rank(), line.learnerName(), line.points(), (int) Math.round(line.accuracy() * 100),
                line.answered(), viewer != null && viewer == line.learnerId());
    }
}
