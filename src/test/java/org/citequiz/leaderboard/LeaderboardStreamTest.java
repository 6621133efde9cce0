package org.citequiz.leaderboard;

import static io.restassured.RestAssured.given;
import static org.citequiz.classroom.ClassroomFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.citequiz.classroom.ClassroomFixtures.CreatedClass;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LeaderboardStreamTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    AnswerSimulator answers;

    @Inject
    LeaderboardSnapshots snapshots;

    /** The data lines of an open event stream, read on a background thread, with a deadline for each wait. */
    static final class EventStream implements AutoCloseable {
        final BlockingQueue<String> data = new LinkedBlockingQueue<>();
        final HttpResponse<java.io.InputStream> response;
        final Thread reader;

        EventStream(URI uri, String learnerCookie) throws Exception {
            HttpRequest request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream")
                    .header("Cookie", "cq-learner=" + learnerCookie).GET().build();
            response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
            reader = new Thread(() -> {
                try (BufferedReader lines = new BufferedReader(
                        new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = lines.readLine()) != null) {
                        if (line.startsWith("data:")) {
                            data.add(line.substring(5));
                        }
                    }
                } catch (java.io.IOException closed) {
                    // the test closed the stream
                }
            }, "sse-reader");
            reader.setDaemon(true);
            reader.start();
        }

        /** The first event containing the text, or an assertion failure at the deadline. */
        String await(String text, Duration deadline) throws InterruptedException {
            long end = System.nanoTime() + deadline.toNanos();
            while (true) {
                String event = data.poll(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (event == null) {
                    throw new AssertionError("No event containing " + text + " within " + deadline);
                }
                if (event.contains(text)) {
                    return event;
                }
            }
        }

        @Override
        public void close() throws Exception {
            response.body().close();
        }
    }

    @Test
    void anAnswerReachesOpenBoardsWithinASecondFromOneSharedSnapshot() throws Exception {
        long[] ids = answers.bundledSetAndQuestion();
        CreatedClass c = createClass("Live");
        String ana = join(c.code(), "Ana");
        String ben = join(c.code(), "Ben");
        URI uri = root.toURI().resolve("/classes/" + c.code() + "/leaderboard/stream?set=" + ids[0] + "&period=all");
        try (EventStream anaStream = new EventStream(uri, ana); EventStream benStream = new EventStream(uri, ben)) {
            assertEquals(200, anaStream.response.statusCode());
            assertTrue(anaStream.response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
            // The current board comes first, then changes.
            anaStream.await("Ana", Duration.ofSeconds(10));
            benStream.await("Ben", Duration.ofSeconds(10));
            // Both viewers share one in-memory board.
            assertEquals(2, snapshots.subscribers(
                    new LeaderboardSnapshots.BoardKey(c.id(), ids[0], Period.ALL)));

            Instant answered = Instant.now();
            answers.answer(learnerId(ana), ids[0], c.id(), ids[1], true, 777, 1500, answered);
            String update = anaStream.await(">777<", Duration.ofSeconds(5));
            Duration latency = Duration.between(answered, Instant.now());
            System.out.println("Leaderboard SSE update latency: " + latency.toMillis() + " ms");
            assertTrue(update.contains("class=\"mine\""), "Ana's own line is marked on her stream");
            String benUpdate = benStream.await(">777<", Duration.ofSeconds(5));
            assertTrue(benUpdate.indexOf("Ana") < benUpdate.indexOf("Ben"), "Ana now ranks above Ben");
        }
    }

    @Test
    void streamsAreForTheClassOnly() {
        CreatedClass c = createClass("Live private");
        String outsider = join(createClass("Live elsewhere").code(), "Nosy");
        String path = "/classes/" + c.code() + "/leaderboard/stream";
        given().accept("text/event-stream").when().get(path).then().statusCode(401);
        given().accept("text/event-stream").cookie("cq-learner", outsider).when().get(path).then().statusCode(403);
    }
}
