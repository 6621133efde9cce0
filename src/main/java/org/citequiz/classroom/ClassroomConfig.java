package org.citequiz.classroom;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

@ConfigMapping(prefix = "quiz.classroom")
public interface ClassroomConfig {

    /**
     * Key that signs the learner cookie issued by the join page. Set it (the same on every node) in production;
     * without it a random key is made at start-up and learners must rejoin after a restart.
     */
    Optional<String> learnerCookieSecret();

    /** How many times a new join code is drawn when the first one is taken. */
    @WithDefault("10")
    int codeAttempts();
}
