package org.citequiz.classroom;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.citequiz.web.IdentifiedEntity;
import org.citequiz.web.ProblemException;

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

    public static List<SchoolClass> ownedBy(long ownerId) {
        return list("ownerId = ?1 order by name, id", ownerId);
    }

    /** The address a student opens (or scans as a QR code) to join. */
    public String joinPath() {
        return "/join/" + code;
    }

    /** The class a typed code names: 404 "No class has this code." otherwise. */
    public static SchoolClass requireByCode(String typed) {
        return JoinCode.normalize(typed).flatMap(SchoolClass::findByCode)
                .orElseThrow(() -> new ProblemException(404, "Unknown class code", "No class has this code."));
    }
}
