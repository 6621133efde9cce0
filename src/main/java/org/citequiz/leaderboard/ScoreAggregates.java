package org.citequiz.leaderboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.citequiz.play.AnswerRecorded;
import org.hibernate.Session;

/**
 * Keeps the score aggregates in step with the answers, inside the answer's own transaction: either both the
 * answer and its points are stored, or neither.
 * <p>
 * Concurrency, portably (H2 and PostgreSQL): increments are relative ({@code points = points + ?}) and each
 * update holds its row until commit, so no update is lost; rows are always touched in the same order. Only when a
 * row is missing is the learner's row locked ({@code SELECT ... FOR UPDATE}) before the update is retried and the
 * rest inserted, so the insert of a missing row can never race another.
 */
@ApplicationScoped
public class ScoreAggregates {

    /** Class id of answers given outside any class. */
    public static final long NO_CLASS = 0;
    /** Set id of the all-sets rows. */
    public static final long ALL_SETS = 0;

    private static final String LOCK_LEARNER = "SELECT id FROM learner WHERE id = ? FOR UPDATE";
    private static final String ADD = """
            UPDATE score_aggregate SET points = points + ?, answered = answered + 1, correct = correct + ?,
                   time_ms = time_ms + ?
            WHERE class_id = ? AND set_id = ? AND period = ? AND learner_id = ?""";
    private static final String CREATE = """
            INSERT INTO score_aggregate (points, correct, time_ms, class_id, set_id, period, learner_id, answered)
            VALUES (?, ?, ?, ?, ?, ?, ?, 1)""";

    @Inject
    EntityManager em;

    /**
     * Four rows per answer (this set and all sets, all time and this week). Plain JDBC on the transaction's own
     * connection: no session flush per statement, one batch of updates, and one of inserts for rows not there yet.
     */
    @Transactional // joins the answer's transaction (the contract); starts one only if fired outside any
    void onAnswer(@Observes AnswerRecorded answer) {
        long classId = answer.classId() == null ? NO_CLASS : answer.classId();
        List<Row> rows = new ArrayList<>();
        for (long setId : List.of(answer.setId(), ALL_SETS)) {
            for (Period period : Period.values()) {
                rows.add(new Row(setId, period.key(answer.answeredAt())));
            }
        }
        em.unwrap(Session.class).doWork(connection -> {
            // every row by its whole key, incremented in one batch: rows that exist are done (each update holds
            // its row until commit, and increments are relative, so concurrent answers add up)
            List<Row> missing = add(connection, answer, classId, rows);
            if (missing.isEmpty()) {
                return;
            }
            // a first answer in this class, set or week: take the learner's lock, so two first answers never
            // both insert; after waiting for it, rows another answer has just created are found and incremented
            try (PreparedStatement lock = connection.prepareStatement(LOCK_LEARNER)) {
                lock.setLong(1, answer.learnerId());
                lock.executeQuery().close();
            }
            missing = add(connection, answer, classId, missing);
            if (!missing.isEmpty()) {
                try (PreparedStatement create = connection.prepareStatement(CREATE)) {
                    for (Row row : missing) {
                        bind(create, answer, classId, row);
                        create.addBatch();
                    }
                    create.executeBatch();
                }
            }
        });
    }

    /** Increments the rows in one batch; returns those not found. */
    private static List<Row> add(java.sql.Connection connection, AnswerRecorded answer, long classId, List<Row> rows)
            throws SQLException {
        List<Row> missing = new ArrayList<>();
        try (PreparedStatement add = connection.prepareStatement(ADD)) {
            for (Row row : rows) {
                bind(add, answer, classId, row);
                add.addBatch();
            }
            int[] counts = add.executeBatch();
            for (int i = 0; i < rows.size(); i++) {
                if (counts[i] == 0) {
                    missing.add(rows.get(i));
                }
            }
        }
        return missing;
    }

    /** One aggregate row of the learner in the answer's class: which set (or all sets) and which period. */
    private record Row(long setId, String period) {
    }

    private static void bind(PreparedStatement statement, AnswerRecorded answer, long classId, Row row)
            throws SQLException {
        statement.setLong(1, answer.points());
        statement.setInt(2, answer.correct() ? 1 : 0);
        statement.setLong(3, answer.timeMs());
        statement.setLong(4, classId);
        statement.setLong(5, row.setId());
        statement.setString(6, row.period());
        statement.setLong(7, answer.learnerId());
    }
}
