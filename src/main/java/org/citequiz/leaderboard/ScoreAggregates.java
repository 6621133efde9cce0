package org.citequiz.leaderboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.citequiz.play.AnswerRecorded;

/**
 * Keeps the score aggregates in step with the answers, inside the answer's own transaction: either both the
 * answer and its points are stored, or neither.
 * <p>
 * Concurrency, portably (H2 and PostgreSQL): the learner's row is locked first ({@code SELECT ... FOR UPDATE}),
 * so two answers of one learner update their aggregates one after the other and the insert of a missing row
 * can never race another; increments are relative ({@code points = points + ?}) so no update is lost.
 */
@ApplicationScoped
public class ScoreAggregates {

    /** Class id of answers given outside any class. */
    public static final long NO_CLASS = 0;
    /** Set id of the all-sets rows. */
    public static final long ALL_SETS = 0;

    private static final String LOCK_LEARNER = "SELECT id FROM learner WHERE id = ?1 FOR UPDATE";
    private static final String ADD = """
            UPDATE score_aggregate SET points = points + ?1, answered = answered + 1, correct = correct + ?2,
                   time_ms = time_ms + ?3
            WHERE class_id = ?4 AND set_id = ?5 AND period = ?6 AND learner_id = ?7""";
    private static final String CREATE = """
            INSERT INTO score_aggregate (class_id, set_id, period, learner_id, points, answered, correct, time_ms)
            VALUES (?4, ?5, ?6, ?7, ?1, 1, ?2, ?3)""";

    @Inject
    EntityManager em;

    @Transactional // joins the answer's transaction (the contract); starts one only if fired outside any
    void onAnswer(@Observes AnswerRecorded answer) {
        em.createNativeQuery(LOCK_LEARNER).setParameter(1, answer.learnerId()).getResultList();
        long classId = answer.classId() == null ? NO_CLASS : answer.classId();
        for (long setId : List.of(answer.setId(), ALL_SETS)) {
            for (Period period : Period.values()) {
                add(answer, classId, setId, period.key(answer.answeredAt()));
            }
        }
    }

    private void add(AnswerRecorded answer, long classId, long setId, String periodKey) {
        int updated = bind(em.createNativeQuery(ADD), answer, classId, setId, periodKey).executeUpdate();
        if (updated == 0) {
            bind(em.createNativeQuery(CREATE), answer, classId, setId, periodKey).executeUpdate();
        }
    }

    private static jakarta.persistence.Query bind(jakarta.persistence.Query query, AnswerRecorded answer,
            long classId, long setId, String periodKey) {
        return query.setParameter(1, (long) answer.points())
                .setParameter(2, answer.correct() ? 1 : 0)
                .setParameter(3, answer.timeMs())
                .setParameter(4, classId)
                .setParameter(5, setId)
                .setParameter(6, periodKey)
                .setParameter(7, answer.learnerId());
    }
}
