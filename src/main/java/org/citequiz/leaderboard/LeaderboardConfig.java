package org.citequiz.leaderboard;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "quiz.leaderboard")
public interface LeaderboardConfig {

    /** How many learners a class leaderboard page shows above the viewer's own line. */
    @WithDefault("10")
    int top();
}
