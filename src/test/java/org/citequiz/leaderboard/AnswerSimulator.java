package org.citequiz.leaderboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.citequiz.play.AnswerRecorded;
import org.citequiz.play.Attempt;
import org.citequiz.play.Response;
import org.citequiz.questionset.Question;

/**
 * Stores a scored answer the way the play feature does: the response row and the {@link AnswerRecorded} event
 * in one transaction (until play's HTTP API is on this branch).
 */
@ApplicationScoped
public class AnswerSimulator {

    @Inject
    Event<AnswerRecorded> recorded;

    /** The set the bundled NATO–Russia questions are in, and one of its question ids. */
    @Transactional
    public long[] bundledSetAndQuestion() {
        Question question = Question.<Question>findAll().firstResult();
        return new long[] { question.setId, question.id };
    }

    @Transactional
    public void answer(long learnerId, long setId, Long classId, long questionId, boolean correct, int points,
            long timeMs, Instant at) {
        Attempt attempt = new Attempt();
        attempt.publicId = UUID.randomUUID().toString();
        attempt.learnerId = learnerId;
        attempt.setId = setId;
        attempt.classId = classId;
        attempt.setQuestionIdList(List.of(questionId));
        attempt.answered = 1;
        attempt.correctCount = correct ? 1 : 0;
        attempt.totalPoints = points;
        attempt.startedAt = at;
        attempt.persist();
        Response response = new Response();
        response.attemptId = attempt.id;
        response.questionId = questionId;
        response.response = "simulated";
        response.correct = correct;
        response.points = points;
        response.timeMs = timeMs;
        response.answeredAt = at;
        response.persist();
        recorded.fire(new AnswerRecorded(learnerId, setId, classId, questionId, correct, points, timeMs, at,
                AnswerRecorded.QUIZ));
    }
}
