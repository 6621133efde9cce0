package org.citequiz.account;

import org.citequiz.web.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.time.Instant;
import java.util.Optional;

@Entity
public class Instructor extends IdentifiedEntity {

    @Column(nullable = false, unique = true)
    public String username;

    /** bcrypt (modular crypt format), never the password itself. */
    @Column(name = "password_hash", nullable = false)
    public String passwordHash;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static Optional<Instructor> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }
}
