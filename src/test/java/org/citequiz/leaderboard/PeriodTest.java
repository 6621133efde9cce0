package org.citequiz.leaderboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.citequiz.web.ProblemException;
import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void weekStartsOnMondayUtc() {
        // Sunday 23:30 UTC still belongs to the week that began the Monday before.
        assertEquals("2026-11-16", Period.WEEK.key(Instant.parse("2026-11-22T23:30:00Z")));
        assertEquals("2026-11-23", Period.WEEK.key(Instant.parse("2026-11-23T00:00:00Z")));
        assertEquals("2026-11-23", Period.WEEK.key(Instant.parse("2026-11-29T23:59:59Z")));
        assertEquals("all", Period.ALL.key(Instant.parse("2026-11-23T00:00:00Z")));
    }

    @Test
    void parsesTheQueryParameter() {
        assertEquals(Period.ALL, Period.parse(null));
        assertEquals(Period.WEEK, Period.parse("week"));
        assertThrows(ProblemException.class, () -> Period.parse("month"));
    }
}
