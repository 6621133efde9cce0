package org.citequiz.play;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import org.citequiz.web.ProblemException;

/**
 * Slows guessing of resume codes: a client address that typed ten unknown codes within ten minutes is refused
 * (429) until that window ends. Kept per node (a cache, not durable state); behind a proxy, enable
 * quarkus.http.proxy.proxy-address-forwarding so the address is the learner's, not the proxy's.
 */
@ApplicationScoped
public class ResumeThrottle {

    static final int ALLOWED_FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(10);
    private static final int CLEAN_ABOVE = 10_000;

    private final ConcurrentHashMap<String, Window> failures = new ConcurrentHashMap<>();
    Clock clock = Clock.systemUTC();

    private record Window(Instant start, int count) {
    }

    /** Refuses a client that has used up its tries in the current window. */
    public void check(String client) {
        Window w = failures.get(client);
        if (w != null && !expired(w) && w.count() >= ALLOWED_FAILURES) {
            throw new ProblemException(429, "Too many tries",
                    "Too many unknown resume codes from this device. Wait ten minutes, then try again.");
        }
    }

    public void failed(String client) {
        if (failures.size() > CLEAN_ABOVE) {
            failures.values().removeIf(this::expired);
        }
        failures.compute(client, (k, w) -> w == null || expired(w) ? new Window(clock.instant(), 1)
                : new Window(w.start(), w.count() + 1));
    }

    /** Forgets every client's failures (tests). */
    void forgetAll() {
        failures.clear();
    }

    private boolean expired(Window w) {
        return !clock.instant().isBefore(w.start().plus(WINDOW));
    }
}
