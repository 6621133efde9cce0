package org.citequiz.leaderboard;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "quiz.leaderboard")
public interface LeaderboardConfig {

    /** How many learners a class leaderboard page shows above the viewer's own line. */
    @WithDefault("10")
    int top();

    /** A changed live board is recomputed this long after the answer, coalescing the answers in between. */
    @WithDefault("250ms")
    Duration debounce();

    /** Watched boards are re-read this often, to show answers recorded on other nodes. */
    @WithDefault("5s")
    String refresh();
}
