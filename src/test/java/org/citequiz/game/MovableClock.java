package org.citequiz.game;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A game clock the test moves by hand: answer times and deadlines become exact, and no test sleeps. */
class MovableClock extends GameClock {

    private final AtomicReference<Instant> now;

    MovableClock(Instant start) {
        super(Clock.fixed(start, ZoneOffset.UTC));
        this.now = new AtomicReference<>(start);
    }

    @Override
    public Instant now() {
        return now.get();
    }

    void advance(Duration by) {
        now.updateAndGet(t -> t.plus(by));
    }
}
