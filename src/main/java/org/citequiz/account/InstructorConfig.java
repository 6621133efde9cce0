package org.citequiz.account;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

@ConfigMapping(prefix = "quiz.instructor")
public interface InstructorConfig {

    /** Username of the first instructor account, created at start-up when no instructor exists. */
    @WithDefault("teacher")
    String username();

    /** Its password; when absent one is generated and logged once. */
    Optional<String> password();
}
