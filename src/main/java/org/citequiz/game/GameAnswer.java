package org.citequiz.game;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.citequiz.web.IdentifiedEntity;

/** One player's answer to one question of a game; at most one per (game, player, question). */
@Entity
@Table(name = "game_answer")
public class GameAnswer extends IdentifiedEntity {

    @Column(name = "game_id", nullable = false)
    public Long gameId;

    @Column(name = "player_id", nullable = false)
    public Long playerId;

    @Column(name = "question_id", nullable = false)
    public Long questionId;

    @Column(nullable = false, length = 2000)
    public String response;

    public boolean correct;
    public int points;

    /** Server-measured: answeredAt − the question's start. */
    @Column(name = "time_ms")
    public long timeMs;

    @Column(name = "answered_at", nullable = false)
    public Instant answeredAt;

    public static List<GameAnswer> ofQuestion(long gameId, long questionId) {
        return list("gameId = ?1 and questionId = ?2", gameId, questionId);
    }

    public static boolean exists(long gameId, long playerId, long questionId) {
        return count("gameId = ?1 and playerId = ?2 and questionId = ?3", gameId, playerId, questionId) > 0;
    }
}
