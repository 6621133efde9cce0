package org.citequiz.questionset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.citequiz.web.IdentifiedEntity;

/** A question set shared by its owner with another instructor, who may then change it too. */
@Entity
@Table(name = "set_share")
public class SetShare extends IdentifiedEntity {

    @Column(name = "set_id", nullable = false)
    public Long setId;

    @Column(name = "instructor_id", nullable = false)
    public Long instructorId;

    @Column(name = "shared_by", nullable = false)
    public Long sharedBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static boolean exists(long setId, long instructorId) {
        return count("setId = ?1 and instructorId = ?2", setId, instructorId) > 0;
    }

    public static List<SetShare> ofSet(long setId) {
        return list("setId = ?1 order by id", setId);
    }
}
