package org.citequiz.game;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.citequiz.web.IdentifiedEntity;

/**
 * A live game: one host, one set of questions asked to everyone at once. State changes are made with conditional
 * updates in {@link GameService}, never by writing this entity back, so two nodes cannot both apply one transition.
 */
@Entity
public class Game extends IdentifiedEntity {

    @Column(nullable = false)
    public String pin;

    /** The PIN while the game is active, null once finished. */
    @Column(name = "active_pin")
    public String activePin;

    @Column(name = "class_id")
    public Long classId;

    @Column(name = "set_id", nullable = false)
    public Long setId;

    @Column(name = "host_id", nullable = false)
    public Long hostId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public GameState state;

    /** -1 in the lobby. */
    @Column(name = "question_index", nullable = false)
    public int questionIndex;

    @Column(name = "question_started_at")
    public Instant questionStartedAt;

    @Column(name = "question_deadline")
    public Instant questionDeadline;

    @Column(name = "seconds_per_question", nullable = false)
    public int secondsPerQuestion;

    @Column(name = "speed_points", nullable = false)
    public boolean speedPoints;

    @Column(name = "streak_bonus", nullable = false)
    public boolean streakBonus;

    /** Comma-separated question ids in the order asked. */
    @Column(name = "question_ids", nullable = false, length = 4000)
    public String questionIds;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    public List<Long> questionIdList() {
        return Arrays.stream(questionIds.split(",")).map(Long::valueOf).toList();
    }

    public void setQuestionIdList(List<Long> ids) {
        questionIds = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    public int questionCount() {
        return questionIdList().size();
    }

    /** The question being asked or revealed, if any. */
    public Optional<Long> currentQuestionId() {
        List<Long> ids = questionIdList();
        return questionIndex >= 0 && questionIndex < ids.size() && (state == GameState.QUESTION || state == GameState.REVEAL)
                ? Optional.of(ids.get(questionIndex)) : Optional.empty();
    }

    public GameRules rules() {
        return new GameRules(secondsPerQuestion, speedPoints, streakBonus);
    }

    public static Optional<Game> findActiveByPin(String pin) {
        return find("activePin", pin).firstResultOptional();
    }

    public static List<Game> ofHost(long hostId) {
        return list("hostId = ?1 order by createdAt desc", hostId);
    }
}
