package org.citequiz.game;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "quiz.game")
public interface GameConfig {

    /** Players allowed in one game. */
    @WithDefault("500")
    int maxPlayers();

    /** Questions a host may ask in one game. */
    @WithDefault("50")
    int maxQuestions();

    /** Bounds for the time per question, in seconds. */
    @WithDefault("5")
    int minSeconds();

    @WithDefault("300")
    int maxSeconds();

    /** How often each node closes expired questions and refreshes its live snapshots ("off" disables it). */
    @WithDefault("1s")
    String tick();
}
