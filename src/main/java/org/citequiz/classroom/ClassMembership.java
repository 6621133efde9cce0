package org.citequiz.classroom;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.citequiz.web.IdentifiedEntity;

@Entity
@Table(name = "class_membership")
public class ClassMembership extends IdentifiedEntity {

    @Column(name = "class_id", nullable = false)
    public Long classId;

    @Column(name = "learner_id", nullable = false)
    public Long learnerId;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    /** The display name folded for uniqueness within the class. */
    @Column(name = "name_key", nullable = false)
    public String nameKey;

    @Column(name = "joined_at", nullable = false)
    public Instant joinedAt;

    public static List<ClassMembership> ofClass(long classId) {
        return list("classId = ?1 order by displayName", classId);
    }

    public static Optional<ClassMembership> find(long classId, long learnerId) {
        return find("classId = ?1 and learnerId = ?2", classId, learnerId).firstResultOptional();
    }

    public static Optional<ClassMembership> findByNameKey(long classId, String nameKey) {
        return find("classId = ?1 and nameKey = ?2", classId, nameKey).firstResultOptional();
    }

    public static boolean isMember(long classId, long learnerId) {
        return count("classId = ?1 and learnerId = ?2", classId, learnerId) > 0;
    }
}
