package org.citequiz.leaderboard;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "quiz.leaderboard")
public interface LeaderboardConfig {

    /** How many learners a class leaderboard page shows above the viewer's own line. */
    @WithDefault("10")
    int top();

    /** A changed live board is recomputed at most this often (read by the scheduler, e.g. "0.25s"). */
    @WithDefault("0.25s")
    String debounce();

    /** Watched boards are re-read this often, to show answers recorded on other nodes. */
    @WithDefault("5s")
    String refresh();
}
