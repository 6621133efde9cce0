package org.citequiz.game;

import static org.citequiz.game.GameClient.create;
import static org.citequiz.game.GameClient.join;
import static org.citequiz.game.GameClient.move;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.citequiz.game.GameClient.Created;
import org.citequiz.game.GameClient.Player;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GameConcurrencyTest {

    private static final int PLAYERS = 200;

    @Inject
    GameFixture fixture;

    @Inject
    AnswerRecordedProbe probe;

    @Test
    void twoHundredPlayersAnsweringAtOnceLoseNoPoints() throws Exception {
        MovableClock clock = new MovableClock(Instant.parse("2026-01-05T10:00:00Z"));
        QuarkusMock.installMockForType(clock, GameClock.class);
        long setId = fixture.publishedSet(3);
        Created game = create(setId, 2, 30, true, true);

        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Player> players = all(pool, java.util.stream.IntStream.range(0, PLAYERS)
                    .mapToObj(i -> (Callable<Player>) () -> join(game.pin(), "Player " + i)).toList());
            assertEquals(PLAYERS, fixture.players(game.id()).size());
            Map<Long, String> right = fixture.answers(game.id());
            Map<Long, String> wrong = fixture.wrongAnswers(game.id());
            List<Long> questions = fixture.game(game.id()).questionIdList();
            probe.clear();

            move(game.id(), "start").statusCode(200);
            clock.advance(Duration.ofSeconds(3));
            answerAll(pool, players, questions.get(0), right, wrong, 3);
            move(game.id(), "end-question").statusCode(200);
            move(game.id(), "next").statusCode(200);
            clock.advance(Duration.ofSeconds(12));
            answerAll(pool, players, questions.get(1), right, wrong, 4);
        } finally {
            pool.shutdown();
            assertTrue(pool.awaitTermination(1, TimeUnit.MINUTES));
        }

        assertEquals(2L * PLAYERS, fixture.answerCount(game.id()));
        assertEquals(2 * PLAYERS, probe.events().stream().filter(s -> s.event().source().equals("game")).count());
        assertTrue(probe.events().stream().allMatch(AnswerRecordedProbe.Seen::inTransaction));
        Map<Long, Long> sums = fixture.pointsByPlayer(game.id());
        long total = 0;
        for (GamePlayer p : fixture.players(game.id())) {
            assertEquals(sums.getOrDefault(p.id, 0L).longValue(), p.score, "score of " + p.displayName);
            total += p.score;
        }
        // Every 3rd player answers Q1 wrong, every 4th Q2 wrong; correct Q1 at 3 s of 30 = 950, Q2 at 12 s = 800,
        // +100 streak for a second correct answer in a row.
        long expected = 0;
        for (int i = 0; i < PLAYERS; i++) {
            boolean first = i % 3 != 0;
            boolean second = i % 4 != 0;
            expected += (first ? 950 : 0) + (second ? 800 + (first ? 100 : 0) : 0);
        }
        assertEquals(expected, total);
        assertEquals(total, probe.events().stream().mapToLong(s -> s.event().points()).sum());
    }

    private void answerAll(ExecutorService pool, List<Player> players, long question, Map<Long, String> right,
            Map<Long, String> wrong, int wrongEvery) throws Exception {
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int i = 0; i < players.size(); i++) {
            Player p = players.get(i);
            String response = i % wrongEvery == 0 ? wrong.get(question) : right.get(question);
            tasks.add(() -> p.answer(question, response).extract().statusCode());
        }
        List<Integer> statuses = all(pool, tasks);
        assertTrue(statuses.stream().allMatch(s -> s == 200), statuses.toString());
    }

    private static <T> List<T> all(ExecutorService pool, List<Callable<T>> tasks) throws Exception {
        List<T> results = new ArrayList<>();
        for (Future<T> f : pool.invokeAll(tasks)) {
            results.add(f.get());
        }
        return results;
    }
}
