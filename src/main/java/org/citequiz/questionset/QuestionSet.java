package org.citequiz.questionset;

import org.citequiz.web.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@Entity
@Table(name = "question_set")
public class QuestionSet extends IdentifiedEntity {

    @Column(nullable = false, unique = true)
    public String slug;

    @Column(nullable = false)
    public String title;

    public String description;

    /** Null for bundled sets, which belong to no single instructor. */
    @Column(name = "owner_id")
    public Long ownerId;

    public boolean published;
    public boolean archived;

    /** Generated questions scoring at least the threshold are approved without review. */
    @Column(name = "auto_approve")
    public boolean autoApprove;

    @Column(name = "auto_approve_threshold")
    public double autoApproveThreshold;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static Optional<QuestionSet> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public static List<QuestionSet> listVisible() {
        return list("archived = false order by title");
    }

    public static List<QuestionSet> listPlayable() {
        return list("archived = false and published = true order by title");
    }
}
