package org.citequiz.game;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;

/**
 * The server's time for games: answer times and deadlines are measured here, never on the player's device. Its own
 * bean (rather than a bare {@link Clock}) so that tests can replace it with QuarkusMock without touching other
 * features' clocks.
 */
@ApplicationScoped
public class GameClock {

    private final Clock clock;

    public GameClock() {
        this(Clock.systemUTC());
    }

    public GameClock(Clock clock) {
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }
}
