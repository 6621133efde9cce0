package org.citequiz.play;

import org.citequiz.web.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.time.Instant;
import java.util.Optional;

/** A student. No password: a signed cookie carries {@link #publicId}; {@link #resumeCode} moves them to another device. */
@Entity
public class Learner extends IdentifiedEntity {

    @Column(name = "public_id", nullable = false, unique = true)
    public String publicId;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Column(name = "resume_code", nullable = false, unique = true)
    public String resumeCode;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static Optional<Learner> findByPublicId(String publicId) {
        return find("publicId", publicId).firstResultOptional();
    }

    public static Optional<Learner> findByResumeCode(String code) {
        return find("resumeCode", code).firstResultOptional();
    }
}
