package org.citequiz.play;

import org.citequiz.web.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** One learner working through a fixed, seeded selection of a set's questions. */
@Entity
public class Attempt extends IdentifiedEntity {

    /** Unguessable id used in URLs and the API. */
    @Column(name = "public_id", nullable = false, unique = true)
    public String publicId;

    @Column(name = "learner_id", nullable = false)
    public Long learnerId;

    @Column(name = "set_id", nullable = false)
    public Long setId;

    @Column(name = "class_id")
    public Long classId;

    public long seed;

    /** Comma-separated question ids in the order asked. */
    @Column(name = "question_ids", nullable = false, length = 4000)
    public String questionIds;

    public int total;
    public int answered;

    @Column(name = "correct_count")
    public int correctCount;

    @Column(name = "total_points")
    public int totalPoints;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    /** When the current question was first shown; null until it is. */
    @Column(name = "served_at")
    public Instant servedAt;

    @Column(name = "last_answered_at")
    public Instant lastAnsweredAt;

    /** Optimistic lock: two concurrent answers to one attempt cannot both update the totals. */
    @Version
    public long version;

    public List<Long> questionIdList() {
        return Arrays.stream(questionIds.split(",")).map(Long::valueOf).toList();
    }

    public void setQuestionIdList(List<Long> ids) {
        questionIds = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        total = ids.size();
    }

    public boolean finished() {
        return finishedAt != null;
    }

    public static Optional<Attempt> findByPublicId(String publicId) {
        return find("publicId", publicId).firstResultOptional();
    }

    public static List<Attempt> ofLearner(long learnerId) {
        return list("learnerId = ?1 order by startedAt desc", learnerId);
    }
}
