package org.citequiz.leaderboard;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The two leaderboard reads, in plain JDBC over the score aggregates (never the responses), so that the
 * benchmark times exactly the code the application runs. Each is one index range scan.
 */
public final class LeaderboardQuery {

    /** Every member of the class, with zero figures when they have not answered on this board yet. */
    static final String CLASS_BOARD = """
            SELECT m.learner_id, m.display_name, COALESCE(s.points, 0), COALESCE(s.answered, 0),
                   COALESCE(s.correct, 0), COALESCE(s.time_ms, 0)
            FROM class_membership m
            LEFT JOIN score_aggregate s ON s.class_id = m.class_id AND s.learner_id = m.learner_id
                 AND s.set_id = ? AND s.period = ?
            WHERE m.class_id = ?""";

    /** Per class: points and active members (current members with at least one answer on this board). */
    static final String CLASS_AGAINST_CLASS = """
            SELECT c.id, c.name, SUM(s.points), COUNT(*)
            FROM score_aggregate s
            JOIN class_membership m ON m.class_id = s.class_id AND m.learner_id = s.learner_id
            JOIN school_class c ON c.id = s.class_id
            WHERE s.set_id = ? AND s.period = ? AND s.answered > 0
            GROUP BY c.id, c.name""";

    private LeaderboardQuery() {
    }

    /** @param setId a set, or 0 for all sets together; @param periodKey see {@link Period#key} */
    public static List<ScoreLine> classBoard(Connection connection, long classId, long setId, String periodKey)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(CLASS_BOARD)) {
            statement.setLong(1, setId);
            statement.setString(2, periodKey);
            statement.setLong(3, classId);
            List<ScoreLine> lines = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    lines.add(new ScoreLine(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getInt(4),
                            rs.getInt(5), rs.getLong(6)));
                }
            }
            return lines;
        }
    }

    public static List<ClassStanding> classAgainstClass(Connection connection, long setId, String periodKey)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(CLASS_AGAINST_CLASS)) {
            statement.setLong(1, setId);
            statement.setString(2, periodKey);
            List<ClassStanding> standings = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    standings.add(new ClassStanding(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getInt(4)));
                }
            }
            return standings;
        }
    }
}
