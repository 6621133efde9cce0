package org.citequiz.game;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.citequiz.game.Standings.Entry;
import org.junit.jupiter.api.Test;

class StandingsTest {

    @Test
    void ranksByPointsThenCorrectThenTimeAndSharesTies() {
        List<Standings.Ranked> ranked = Standings.rank(List.of(
                new Entry(1, "slow", 1500, 2, 9000),
                new Entry(2, "fast", 1500, 2, 4000),
                new Entry(3, "twin-a", 900, 1, 3000),
                new Entry(4, "twin-b", 900, 1, 3000),
                new Entry(5, "last", 0, 0, 0)));
        assertEquals(List.of("fast", "slow", "twin-a", "twin-b", "last"),
                ranked.stream().map(r -> r.entry().name()).toList());
        assertEquals(List.of(1, 2, 3, 3, 5), ranked.stream().map(Standings.Ranked::rank).toList());
    }
}
