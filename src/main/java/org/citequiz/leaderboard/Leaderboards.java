package org.citequiz.leaderboard;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import org.citequiz.leaderboard.Ranking.Ranked;

/** Ranked boards read from the score aggregates. */
@ApplicationScoped
public class Leaderboards {

    @Inject
    AgroalDataSource dataSource;

    Clock clock = Clock.systemUTC();

    public List<Ranked<ScoreLine>> classBoard(long classId, long setId, Period period) {
        try (Connection connection = dataSource.getConnection()) {
            return Ranking.rank(LeaderboardQuery.classBoard(connection, classId, setId, period.key(clock.instant())),
                    ScoreLine.BY_SCORE, ScoreLine.BY_NAME);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the class leaderboard", e);
        }
    }

    public List<Ranked<ClassStanding>> classAgainstClass(long setId, Period period) {
        try (Connection connection = dataSource.getConnection()) {
            return Ranking.rank(LeaderboardQuery.classAgainstClass(connection, setId, period.key(clock.instant())),
                    ClassStanding.BY_AVERAGE, ClassStanding.BY_NAME);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the class rankings", e);
        }
    }
}
