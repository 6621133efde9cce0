package org.citequiz.leaderboard;

import static io.restassured.RestAssured.given;
import static org.citequiz.classroom.ClassroomFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.citequiz.classroom.ClassroomFixtures.CreatedClass;
import org.junit.jupiter.api.Test;

/**
 * No lost points: 200 players in several classes answer concurrently through the play API, each from two devices
 * at once (so the same learner's aggregate rows are created and incremented concurrently); afterwards every
 * aggregate equals the sum of that learner's stored answers and every class board agrees.
 */
@QuarkusTest
class ScoreReliabilityTest {

    static final int CLASSES = 8;
    static final int PLAYERS = 200;
    static final int ANSWERS_PER_DEVICE = 5;

    @Inject
    AnswerSimulator answers;

    private static io.restassured.specification.RequestSpecification api(Player player) {
        return given().cookie("cq-learner", player.cookie()).contentType("application/json");
    }

    @Inject
    AgroalDataSource dataSource;

    record Player(CreatedClass schoolClass, String name, String cookie, long learnerId) {
    }

    @Test
    void concurrentAnswersLoseNoPoints() throws Exception {
        long[] ids = answers.bundledSetAndQuestion();
        List<CreatedClass> classes = new ArrayList<>();
        for (int i = 0; i < CLASSES; i++) {
            classes.add(createClass("Reliability " + i));
        }
        List<Player> players = new ArrayList<>();
        for (int i = 0; i < PLAYERS; i++) {
            CreatedClass c = classes.get(i % CLASSES);
            String name = "Player " + i;
            String cookie = join(c.code(), name);
            players.add(new Player(c, name, cookie, learnerId(cookie)));
        }

        // Every answer goes through the public API, as a browser or app would send it: each player starts an
        // attempt on two devices at once and answers on both, so the same learner's rows race each other.
        ExecutorService pool = Executors.newFixedThreadPool(32);
        List<Future<?>> runs = new ArrayList<>();
        for (Player player : players) {
            for (int device = 0; device < 2; device++) {
                Random random = new Random(player.learnerId() * 31 + device);
                runs.add(pool.submit(() -> {
                    String attemptId = api(player).body(Map.of("setId", ids[0], "learnerName", player.name(),
                            "classCode", player.schoolClass().code())).post("/api/play/attempts")
                            .then().statusCode(201).extract().jsonPath().getString("attemptId");
                    for (int a = 0; a < ANSWERS_PER_DEVICE; a++) {
                        io.restassured.path.json.JsonPath next = api(player)
                                .get("/api/play/attempts/" + attemptId + "/next").then().statusCode(200)
                                .extract().jsonPath();
                        List<String> choices = next.getList("choices", String.class);
                        // a choice at random (right or wrong), or a typed guess; the server scores it
                        String response = choices == null || choices.isEmpty() ? String.valueOf(random.nextInt(3000))
                                : choices.get(random.nextInt(choices.size()));
                        Object body = "ORDERING".equals(next.getString("type")) ? choices : response;
                        api(player).body(Map.of("questionId", next.getLong("questionId"), "response", body))
                                .post("/api/play/attempts/" + attemptId + "/responses").then().statusCode(200);
                    }
                    return null;
                }));
            }
        }
        pool.shutdown();
        for (Future<?> run : runs) {
            run.get(5, TimeUnit.MINUTES); // rethrows any failed answer
        }
        assertTrue(pool.awaitTermination(1, TimeUnit.MINUTES));

        Map<Long, long[]> recorded = recordedSums(ids[0]);
        Map<Long, long[]> aggregated = aggregates(ids[0], "all");
        Map<Long, long[]> allSets = aggregates(ScoreAggregates.ALL_SETS, "all");
        Map<Long, long[]> week = aggregates(ids[0], Period.WEEK.key(Instant.now()));
        long expectedTotal = 0;
        for (Player player : players) {
            long[] sums = recorded.get(player.learnerId());
            assertEquals(2L * ANSWERS_PER_DEVICE, sums[1], player.name() + " answers stored");
            assertEquals(List.of(sums[0], sums[1], sums[2], sums[3]), List.of(aggregated.get(player.learnerId())[0],
                    aggregated.get(player.learnerId())[1], aggregated.get(player.learnerId())[2],
                    aggregated.get(player.learnerId())[3]), player.name() + " set aggregate");
            assertEquals(sums[0], allSets.get(player.learnerId())[0], player.name() + " all-sets aggregate");
            assertEquals(sums[0], week.get(player.learnerId())[0], player.name() + " week aggregate");
            expectedTotal += sums[0];
        }

        long boardTotal = 0;
        for (CreatedClass c : classes) {
            List<Map<String, Object>> board = given().auth().preemptive().basic(TEACHER, TEACHER_PASSWORD)
                    .when().get("/api/classes/" + c.code() + "/leaderboard?set=" + ids[0])
                    .then().statusCode(200).extract().jsonPath().getList("$");
            assertEquals(PLAYERS / CLASSES, board.size());
            for (Map<String, Object> line : board) {
                Player player = players.stream().filter(p -> p.schoolClass() == c && p.name().equals(line.get("learnerName")))
                        .findFirst().orElseThrow();
                assertEquals(recorded.get(player.learnerId())[0], ((Number) line.get("points")).longValue(),
                        player.name() + " on the class board");
                boardTotal += ((Number) line.get("points")).longValue();
            }
        }
        assertEquals(expectedTotal, boardTotal);
    }

    /** Per learner from the responses themselves: points, answered, correct, time. */
    private Map<Long, long[]> recordedSums(long setId) throws Exception {
        return query("""
                SELECT a.learner_id, SUM(r.points), COUNT(*), SUM(CASE WHEN r.correct THEN 1 ELSE 0 END), SUM(r.time_ms)
                FROM response r JOIN attempt a ON a.id = r.attempt_id
                WHERE a.set_id = ? AND a.class_id IS NOT NULL GROUP BY a.learner_id""", setId, null);
    }

    private Map<Long, long[]> aggregates(long setId, String period) throws Exception {
        return query("""
                SELECT learner_id, SUM(points), SUM(answered), SUM(correct), SUM(time_ms) FROM score_aggregate
                WHERE set_id = ? AND period = ? AND class_id <> 0 GROUP BY learner_id""", setId, period);
    }

    private Map<Long, long[]> query(String sql, long setId, String period) throws Exception {
        Map<Long, long[]> rows = new HashMap<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, setId);
            if (period != null) {
                statement.setString(2, period);
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getLong(1), new long[] { rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5) });
                }
            }
        }
        return rows;
    }
}
