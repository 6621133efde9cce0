package org.citequiz.classroom;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "quiz.classroom")
public interface ClassroomConfig {

    /** How many times a new join code is drawn when the first one is taken. */
    @WithDefault("10")
    int codeAttempts();
}
