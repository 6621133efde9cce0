package org.citequiz.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

/** Creates the first instructor from configuration when the database has none. */
@ApplicationScoped
public class InstructorBootstrap {

    @Inject
    InstructorConfig config;

    @Transactional
    void onStart(@Observes @Priority(10) StartupEvent event) {
        if (Instructor.count() > 0) {
            return;
        }
        String password = config.password().filter(p -> !p.isBlank()).orElse(null);
        if (password == null) {
            byte[] bytes = new byte[12];
            new SecureRandom().nextBytes(bytes);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            Log.warnf("No quiz.instructor.password configured: created instructor '%s' with generated password %s"
                    + " (shown once; set QUIZ_INSTRUCTOR_PASSWORD to choose one)", config.username(), password);
        }
        create(config.username(), password, config.username());
    }

    public static Instructor create(String username, String password, String displayName) {
        Instructor instructor = new Instructor();
        instructor.username = username;
        instructor.passwordHash = BcryptUtil.bcryptHash(password);
        instructor.displayName = displayName;
        instructor.createdAt = Instant.now();
        instructor.persist();
        return instructor;
    }
}
