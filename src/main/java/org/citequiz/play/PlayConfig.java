package org.citequiz.play;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "quiz.play")
public interface PlayConfig {

    /** How many questions one attempt asks (fewer when the set has fewer playable questions). */
    @WithDefault("10")
    int questionsPerQuiz();

    /**
     * Key for signing learner cookies (HMAC-SHA256). Every node must share it, and it must survive restarts,
     * otherwise learners lose their identity: deployers set it (e.g. QUIZ_PLAY_COOKIE_SECRET). When unset a
     * random key is generated at start-up with a warning.
     */
    Optional<String> cookieSecret();

    /** How long the learner cookie lives. */
    @WithDefault("P400D")
    Duration cookieMaxAge();

    /** Mark the learner cookie Secure (set true behind HTTPS). */
    @WithDefault("false")
    boolean secureCookie();
}
