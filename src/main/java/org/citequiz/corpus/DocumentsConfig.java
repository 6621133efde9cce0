package org.citequiz.corpus;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "quiz.documents")
public interface DocumentsConfig {

    /** Largest document text accepted, in UTF-8 bytes. */
    @WithDefault("2097152")
    int maxBytes();
}
