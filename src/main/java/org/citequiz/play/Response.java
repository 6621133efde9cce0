package org.citequiz.play;

import org.citequiz.web.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.time.Instant;
import java.util.List;

/** A learner's answer to one question of one attempt; at most one per (attempt, question). */
@Entity
public class Response extends IdentifiedEntity {

    @Column(name = "attempt_id", nullable = false)
    public Long attemptId;

    @Column(name = "question_id", nullable = false)
    public Long questionId;

    @Column(nullable = false, length = 2000)
    public String response;

    public boolean correct;
    public int points;

    @Column(name = "time_ms")
    public long timeMs;

    @Column(name = "answered_at", nullable = false)
    public Instant answeredAt;

    public static List<Response> ofAttempt(long attemptId) {
        return list("attemptId = ?1 order by answeredAt, id", attemptId);
    }
}
