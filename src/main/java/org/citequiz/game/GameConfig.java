package org.citequiz.game;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

@ConfigMapping(prefix = "quiz.game")
public interface GameConfig {

    /**
     * Key that signs the game-player cookie. Every node of one deployment needs the same value; without it each
     * node makes up its own (fine for a single node, players are asked to re-join after a restart).
     */
    Optional<String> cookieSecret();

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
