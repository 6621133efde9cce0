package org.citequiz.questionset;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "quiz.bundles")
public interface BundleConfig {

    /** Folder holding question-set bundles, one sub-folder each with a bundle.json. */
    @WithDefault("questions")
    String path();

    /** Load the bundles at start-up. */
    @WithDefault("true")
    boolean loadAtStartup();
}
