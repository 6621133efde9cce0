package org.citequiz.game;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.citequiz.web.IdentifiedEntity;

/** A learner taking part in one game, with their running totals (always the sum of their {@link GameAnswer}s). */
@Entity
@Table(name = "game_player")
public class GamePlayer extends IdentifiedEntity {

    @Column(name = "game_id", nullable = false)
    public Long gameId;

    @Column(name = "learner_id", nullable = false)
    public Long learnerId;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Column(name = "name_key", nullable = false)
    public String nameKey;

    public int score;

    /** Correct answers in a row up to {@link #lastCorrectIndex}. */
    public int streak;

    @Column(name = "last_correct_index")
    public int lastCorrectIndex = -2;

    @Column(name = "correct_count")
    public int correctCount;

    @Column(name = "total_time_ms")
    public long totalTimeMs;

    @Column(name = "joined_at", nullable = false)
    public Instant joinedAt;

    /** The streak as it stands at question {@code index}: broken if the previous question was not answered correctly. */
    public int streakBefore(int index) {
        return lastCorrectIndex == index - 1 ? streak : 0;
    }

    public static List<GamePlayer> ofGame(long gameId) {
        return list("gameId = ?1 order by joinedAt, id", gameId);
    }

    public static Optional<GamePlayer> findByLearner(long gameId, long learnerId) {
        return find("gameId = ?1 and learnerId = ?2", gameId, learnerId).firstResultOptional();
    }

    public static Optional<GamePlayer> findByNameKey(long gameId, String nameKey) {
        return find("gameId = ?1 and nameKey = ?2", gameId, nameKey).firstResultOptional();
    }

    /** Locks the player's row so that one player's answers are stored one at a time. */
    public static GamePlayer lock(long id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Folds a display name for uniqueness: case, surrounding and repeated spaces do not make a new name. */
    public static String nameKey(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }
}
