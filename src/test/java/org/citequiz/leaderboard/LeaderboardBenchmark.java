package org.citequiz.leaderboard;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.flywaydb.core.Flyway;

/**
 * Class leaderboard latency at scale, outside the test suite:
 * <pre>./mvnw -Pbench test-compile exec:java -Dexec.mainClass=org.citequiz.leaderboard.LeaderboardBenchmark</pre>
 * Builds an H2 file database with the application's own Flyway migrations, bulk-inserts learners, classes,
 * attempts and responses together with the score aggregates the application would have kept for them, then
 * times {@link LeaderboardQuery#classBoard} plus {@link Ranking} (exactly what {@link Leaderboards} runs) over
 * random classes, sets and periods. System properties: bench.learners (100000), bench.answers (2000000),
 * bench.classes (3000), bench.sets (5), bench.queries (2000), bench.db (mem, or file for an H2 file under
 * target/leaderboard-bench), bench.reuse (false; with bench.db=file, keep an existing database).
 */
public final class LeaderboardBenchmark {

    static final int LEARNERS = Integer.getInteger("bench.learners", 100_000);
    static final int ANSWERS = Integer.getInteger("bench.answers", 2_000_000);
    static final int CLASSES = Integer.getInteger("bench.classes", 3_000);
    static final int SETS = Integer.getInteger("bench.sets", 5);
    static final int QUERIES = Integer.getInteger("bench.queries", 2_000);
    static final int QUESTIONS_PER_SET = 20;
    static final int ANSWERS_PER_ATTEMPT = 5;
    static final int BATCH = 5_000;

    public static void main(String[] args) throws Exception {
        System.out.printf("Leaderboard benchmark: %,d learners, %,d answers, %,d classes, %d sets (java %s, %d cpus)%n",
                LEARNERS, ANSWERS, CLASSES, SETS, System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        Path dir = Path.of("target", "leaderboard-bench");
        boolean file = "file".equals(System.getProperty("bench.db", "mem"));
        boolean reuse = file && Boolean.getBoolean("bench.reuse") && Files.exists(dir.resolve("bench.mv.db"));
        if (file && !reuse && Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        String url = file ? "jdbc:h2:file:" + dir.toAbsolutePath().resolve("bench")
                : "jdbc:h2:mem:leaderboard-bench;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "bench", "bench").locations("classpath:db/migration").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "bench", "bench")) {
            if (!reuse) {
                long start = System.nanoTime();
                generate(connection);
                System.out.printf("Generated %,d learners, %,d answers in %,d classes and %d sets in %d s%n", LEARNERS,
                        ANSWERS, CLASSES, SETS, Duration.ofNanos(System.nanoTime() - start).toSeconds());
            }
            measure(connection);
        }
    }

    private static void generate(Connection connection) throws Exception {
        connection.setAutoCommit(false);
        Timestamp now = Timestamp.from(Instant.now());
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO instructor (id, username, password_hash, display_name, created_at) "
                    + "VALUES (1, 'bench', 'x', 'Bench', CURRENT_TIMESTAMP)");
        }
        long[][] questions = new long[SETS + 1][QUESTIONS_PER_SET];
        try (PreparedStatement set = connection.prepareStatement("INSERT INTO question_set (id, slug, title, owner_id, "
                + "created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?)");
                PreparedStatement question = connection.prepareStatement("INSERT INTO question (id, set_id, type, prompt, "
                        + "choices, answer, accepted_answers, quality, status, origin, created_at, updated_at) "
                        + "VALUES (?, ?, 'MULTIPLE_CHOICE', 'Q', '[]', 'A', '[]', 1, 'APPROVED', 'GENERATED', ?, ?)")) {
            long questionId = 1;
            for (int s = 1; s <= SETS; s++) {
                set.setLong(1, s);
                set.setString(2, "bench-" + s);
                set.setString(3, "Bench set " + s);
                set.setTimestamp(4, now);
                set.setTimestamp(5, now);
                set.executeUpdate();
                for (int q = 0; q < QUESTIONS_PER_SET; q++) {
                    questions[s][q] = questionId;
                    question.setLong(1, questionId++);
                    question.setLong(2, s);
                    question.setTimestamp(3, now);
                    question.setTimestamp(4, now);
                    question.addBatch();
                }
            }
            question.executeBatch();
        }
        try (PreparedStatement schoolClass = connection.prepareStatement(
                "INSERT INTO school_class (id, name, code, owner_id, closed, created_at) VALUES (?, ?, ?, 1, FALSE, ?)")) {
            for (int c = 1; c <= CLASSES; c++) {
                schoolClass.setLong(1, c);
                schoolClass.setString(2, "Class " + c);
                schoolClass.setString(3, String.format("B%05d", c));
                schoolClass.setTimestamp(4, now);
                schoolClass.addBatch();
            }
            schoolClass.executeBatch();
        }
        connection.commit();

        Random random = new Random(2026);
        Instant end = Instant.now();
        int attemptsPerLearner = Math.max(1, ANSWERS / LEARNERS / ANSWERS_PER_ATTEMPT);
        try (PreparedStatement learner = connection.prepareStatement("INSERT INTO learner (id, public_id, display_name, "
                + "resume_code, created_at) VALUES (?, ?, ?, ?, ?)");
                PreparedStatement member = connection.prepareStatement("INSERT INTO class_membership (class_id, "
                        + "learner_id, display_name, name_key, joined_at) VALUES (?, ?, ?, ?, ?)");
                PreparedStatement attempt = connection.prepareStatement("INSERT INTO attempt (id, public_id, learner_id, "
                        + "set_id, class_id, seed, question_ids, total, answered, correct_count, total_points, "
                        + "started_at, finished_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement response = connection.prepareStatement("INSERT INTO response (attempt_id, question_id, "
                        + "response, correct, points, time_ms, answered_at) VALUES (?, ?, 'x', ?, ?, ?, ?)");
                PreparedStatement aggregate = connection.prepareStatement("INSERT INTO score_aggregate (class_id, set_id, "
                        + "period, learner_id, points, answered, correct, time_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            long attemptId = 1;
            int pending = 0;
            for (long l = 1; l <= LEARNERS; l++) {
                long classId = 1 + (l - 1) % CLASSES;
                String name = "Learner " + l;
                learner.setLong(1, l);
                learner.setString(2, UUID.randomUUID().toString());
                learner.setString(3, name);
                learner.setString(4, "R" + l);
                learner.setTimestamp(5, now);
                learner.addBatch();
                member.setLong(1, classId);
                member.setLong(2, l);
                member.setString(3, name);
                member.setString(4, name.toLowerCase());
                member.setTimestamp(5, now);
                member.addBatch();

                // What ScoreAggregates would have accumulated from this learner's answers.
                Map<String, long[]> sums = new HashMap<>();
                for (int a = 0; a < attemptsPerLearner; a++) {
                    int set = 1 + random.nextInt(SETS);
                    Instant started = end.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 56)));
                    int correct = 0;
                    int points = 0;
                    for (int q = 0; q < ANSWERS_PER_ATTEMPT; q++) {
                        boolean right = random.nextInt(100) < 65;
                        int scored = right ? 500 + random.nextInt(501) : 0;
                        long timeMs = 1_000 + random.nextInt(20_000);
                        Instant at = started.plusSeconds(30L * q);
                        response.setLong(1, attemptId);
                        response.setLong(2, questions[set][q]);
                        response.setBoolean(3, right);
                        response.setInt(4, scored);
                        response.setLong(5, timeMs);
                        response.setTimestamp(6, Timestamp.from(at));
                        response.addBatch();
                        correct += right ? 1 : 0;
                        points += scored;
                        for (long s : new long[] { set, ScoreAggregates.ALL_SETS }) {
                            for (Period period : Period.values()) {
                                long[] sum = sums.computeIfAbsent(s + "|" + period.key(at), k -> new long[4]);
                                sum[0] += scored;
                                sum[1]++;
                                sum[2] += right ? 1 : 0;
                                sum[3] += timeMs;
                            }
                        }
                    }
                    attempt.setLong(1, attemptId);
                    attempt.setString(2, "a" + attemptId);
                    attempt.setLong(3, l);
                    attempt.setLong(4, set);
                    attempt.setLong(5, classId);
                    attempt.setString(6, Arrays.toString(Arrays.copyOf(questions[set], ANSWERS_PER_ATTEMPT))
                            .replaceAll("[\\[\\] ]", ""));
                    attempt.setInt(7, ANSWERS_PER_ATTEMPT);
                    attempt.setInt(8, ANSWERS_PER_ATTEMPT);
                    attempt.setInt(9, correct);
                    attempt.setInt(10, points);
                    attempt.setTimestamp(11, Timestamp.from(started));
                    attempt.setTimestamp(12, Timestamp.from(started.plusSeconds(300)));
                    attempt.addBatch();
                    attemptId++;
                }
                for (Map.Entry<String, long[]> e : sums.entrySet()) {
                    String[] key = e.getKey().split("\\|");
                    aggregate.setLong(1, classId);
                    aggregate.setLong(2, Long.parseLong(key[0]));
                    aggregate.setString(3, key[1]);
                    aggregate.setLong(4, l);
                    aggregate.setLong(5, e.getValue()[0]);
                    aggregate.setInt(6, (int) e.getValue()[1]);
                    aggregate.setInt(7, (int) e.getValue()[2]);
                    aggregate.setLong(8, e.getValue()[3]);
                    aggregate.addBatch();
                }
                if (++pending == BATCH / (attemptsPerLearner * ANSWERS_PER_ATTEMPT) || l == LEARNERS) {
                    for (PreparedStatement batch : List.of(learner, member, attempt, response, aggregate)) {
                        batch.executeBatch();
                    }
                    connection.commit();
                    pending = 0;
                }
                if (l % 10_000 == 0) {
                    System.out.printf("  %,d learners, %,d answers%n", l, (attemptId - 1) * ANSWERS_PER_ATTEMPT);
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE");
        }
        connection.commit();
        connection.setAutoCommit(true);
    }

    private static void measure(Connection connection) throws Exception {
        Random random = new Random(7);
        String week = Period.WEEK.key(Instant.now());
        for (int i = 0; i < 200; i++) { // warm-up: JIT and H2's caches
            board(connection, random, week);
        }
        long[] nanos = new long[QUERIES];
        int lines = 0;
        for (int i = 0; i < QUERIES; i++) {
            long start = System.nanoTime();
            lines += board(connection, random, week);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("Class leaderboard (query + ranking), %d runs over random classes/sets/periods, "
                + "%.1f learners per board:%n", QUERIES, (double) lines / QUERIES);
        System.out.printf("  p50 %.2f ms   p95 %.2f ms   p99 %.2f ms   max %.2f ms%n", ms(nanos, 0.50), ms(nanos, 0.95),
                ms(nanos, 0.99), nanos[nanos.length - 1] / 1e6);
        System.out.println(ms(nanos, 0.95) < 50 ? "  target p95 < 50 ms: met" : "  target p95 < 50 ms: MISSED");
    }

    private static int board(Connection connection, Random random, String week) throws Exception {
        long classId = 1 + random.nextInt(CLASSES);
        long setId = random.nextInt(SETS + 1); // 0 = all sets
        String period = random.nextBoolean() ? Period.ALL.key(Instant.now()) : week;
        return Ranking.rank(LeaderboardQuery.classBoard(connection, classId, setId, period), ScoreLine.BY_SCORE,
                ScoreLine.BY_NAME).size();
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
