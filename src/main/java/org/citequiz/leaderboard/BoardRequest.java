package org.citequiz.leaderboard;

import org.citequiz.questionset.QuestionSet;
import org.citequiz.web.ProblemException;

/** The board a request asks for: a set (or all sets) and a period, checked. */
record BoardRequest(long setId, Period period) {

    static BoardRequest parse(Long set, String period) {
        long setId = set == null ? ScoreAggregates.ALL_SETS : set;
        if (setId != ScoreAggregates.ALL_SETS && QuestionSet.findById(setId) == null) {
            throw ProblemException.notFound("Question set " + setId);
        }
        return new BoardRequest(setId, Period.parse(period));
    }
}
