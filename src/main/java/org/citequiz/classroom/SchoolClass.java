package org.citequiz.classroom;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.citequiz.web.IdentifiedEntity;

/** A class of learners run by one instructor; learners join with {@link #code}. */
@Entity
@Table(name = "school_class")
public class SchoolClass extends IdentifiedEntity {

    @Column(nullable = false)
    public String name;

    @Column(nullable = false, unique = true)
    public String code;

    @Column(name = "owner_id", nullable = false)
    public Long ownerId;

    /** Closed classes accept no new members. */
    public boolean closed;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static Optional<SchoolClass> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
