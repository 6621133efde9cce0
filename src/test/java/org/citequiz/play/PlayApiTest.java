package org.citequiz.play;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.citequiz.generation.QuestionType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlayApiTest {

    @Inject
    PlayFixture fixtures;

    @Inject
    RecordedAnswers recorded;

    @Inject
    ResumeThrottle resumeThrottle;

    PlayFixture.Fixture fixture;

    @BeforeEach
    void createSet() {
        fixture = fixtures.create();
    }

    @Test
    void startingSetsASignedLongLivedHttpOnlyLaxCookie() {
        ExtractableResponse<Response> r = given().contentType(ContentType.JSON)
                .body(Map.of("setId", fixture.setId(), "learnerName", "  Ada  ")).post("/api/play/attempts").then()
                .statusCode(201).header("Location", containsString("/api/play/attempts/"))
                .body("attemptId", matchesPattern("[A-Za-z0-9_-]{43}"))
                .body("learnerId", notNullValue())
                .body("questionCount", is(6)) // the pending question is never played
                .extract();
        String setCookie = r.header("Set-Cookie");
        assertTrue(setCookie.startsWith(LearnerCookie.NAME + "="), setCookie);
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.toLowerCase().contains("samesite=lax"), setCookie);
        assertTrue(setCookie.contains("Max-Age=34560000"), setCookie);
        PlayClient client = new PlayClient();
        client.cookie = r.cookie(LearnerCookie.NAME);
        client.attemptId = r.path("attemptId");
        client.summary().response().then().statusCode(200).body("learnerName", is("Ada"))
                .body("setId", is((int) fixture.setId())).body("total", is(6)).body("answered", is(0))
                .body("finished", is(false));
    }

    @Test
    void aLearnerWithAValidCookieKeepsTheirIdentity() {
        PlayClient client = new PlayClient();
        client.start(fixture.setId(), "Grace");
        long first = client.learnerId;
        String firstAttempt = client.attemptId;
        client.start(fixture.setId(), "Grace H.");
        assertEquals(first, client.learnerId);
        assertNotEquals(firstAttempt, client.attemptId);
        // A forged cookie is ignored: a new learner is made.
        PlayClient forger = new PlayClient();
        forger.cookie = client.cookie.substring(0, client.cookie.lastIndexOf('.') + 1) + "AAAA";
        forger.start(fixture.setId(), "Mallory");
        assertNotEquals(first, forger.learnerId);
    }

    @Test
    void namesAreValidated() {
        for (String bad : new String[] { "", "   ", "x".repeat(41), "Ada\u0000", "Line\nbreak" }) {
            given().contentType(ContentType.JSON).body(Map.of("setId", fixture.setId(), "learnerName", bad))
                    .post("/api/play/attempts").then().statusCode(400).contentType("application/problem+json")
                    .body("status", is(400)).header("Set-Cookie", nullValue());
        }
        given().contentType(ContentType.JSON).body(Map.of("setId", fixture.setId())).post("/api/play/attempts")
                .then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("learnerName", "Ada")).post("/api/play/attempts")
                .then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("setId", fixture.setId(), "learnerName", "x".repeat(40)))
                .post("/api/play/attempts").then().statusCode(201);
    }

    @Test
    void onlyPublishedUnarchivedSetsCanBePlayed() {
        PlayClient client = new PlayClient();
        assertEquals(404, client.start(999_999, "Ada").statusCode());
        fixtures.setVisibility(fixture.setId(), false, false);
        assertEquals(404, client.start(fixture.setId(), "Ada").statusCode());
        fixtures.setVisibility(fixture.setId(), true, true);
        assertEquals(404, client.start(fixture.setId(), "Ada").statusCode());
        fixtures.setVisibility(fixture.setId(), true, false);
        assertEquals(201, client.start(fixture.setId(), "Ada").statusCode());
    }

    @Test
    void aClassCodeNeedsTheClassFeature() {
        boolean classes = Arc.container().select(ClassEnrolment.class).isResolvable();
        ExtractableResponse<Response> r = given().contentType(ContentType.JSON)
                .body(Map.of("setId", fixture.setId(), "learnerName", "Ada", "classCode", "NO-SUCH-CLASS"))
                .post("/api/play/attempts").then().extract();
        if (classes) {
            // With classroom merged, an unknown code is the classroom feature's clear refusal.
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, r.asString());
        } else {
            assertEquals(400, r.statusCode());
            assertThat(r.asString(), containsString("Classes are not available"));
        }
        // A blank class code means no class.
        given().contentType(ContentType.JSON)
                .body(Map.of("setId", fixture.setId(), "learnerName", "Ada", "classCode", "  "))
                .post("/api/play/attempts").then().statusCode(201);
    }

    @Test
    void aWholeQuizIsScoredOnTheServerWithSourcesAndEvents() {
        PlayClient client = new PlayClient();
        client.start(fixture.setId(), "Ada");
        Set<Long> seen = new HashSet<>();
        Set<QuestionType> types = new HashSet<>();
        int expectedPoints = 0;
        int correct = 0;
        for (int position = 1; position <= 6; position++) {
            ExtractableResponse<Response> next = client.next();
            assertEquals(200, next.statusCode());
            assertEquals(position, (int) next.path("position"));
            assertEquals(6, (int) next.path("total"));
            long questionId = ((Number) next.path("questionId")).longValue();
            assertTrue(seen.add(questionId), "each question once");
            PlayFixture.Keyed key = fixture.questions().get(questionId);
            assertNotNull(key, "only questions of the set, never the pending one");
            types.add(key.type());
            boolean right = position % 2 == 1;
            ExtractableResponse<Response> feedback = client.answer(questionId, right ? key.right() : key.wrong());
            assertEquals(200, feedback.statusCode(), feedback.asString());
            int points = right ? 100 : key.type() == QuestionType.ORDERING ? 33 : 0;
            expectedPoints += points;
            correct += right ? 1 : 0;
            assertEquals(right, feedback.path("correct"));
            assertEquals(points, (int) feedback.path("points"));
            assertEquals(expectedPoints, (int) feedback.path("totalPoints"));
            assertEquals(key.answer(), feedback.path("answer"));
            List<Map<String, Object>> sources = feedback.path("sources");
            assertEquals(key.type() == QuestionType.ORDERING ? 2 : 1, sources.size());
            for (Map<String, Object> source : sources) {
                long documentId = ((Number) source.get("documentId")).longValue();
                String text = documentId == fixture.documentId() ? PlayFixture.FIRST_TEXT : PlayFixture.SECOND_TEXT;
                int start = (int) source.get("start");
                int end = (int) source.get("end");
                assertEquals(text.substring(start, end), source.get("passage"));
                assertThat((String) source.get("documentTitle"), not(emptyString()));
            }
        }
        assertEquals(Set.of(QuestionType.values()), types, "all six types were asked");
        assertEquals(204, client.next().statusCode());
        client.summary().response().then().statusCode(200).body("answered", is(6)).body("total", is(6))
                .body("correctCount", is(correct)).body("totalPoints", is(expectedPoints)).body("finished", is(true));
        List<AnswerRecorded> events = recorded.of(client.learnerId);
        assertEquals(6, events.size());
        assertTrue(events.stream().allMatch(e -> AnswerRecorded.QUIZ.equals(e.source()) && e.setId() == fixture.setId()
                && e.classId() == null && e.timeMs() >= 0));
        assertEquals(expectedPoints, events.stream().mapToInt(AnswerRecorded::points).sum());
        Map<String, Object> row = fixtures.attemptRow(client.attemptId);
        assertEquals(6, row.get("responses"));
    }

    @Test
    void anInstructorsEditShowsOnTheNextQuestionPageAndScoresByTheNewKey() {
        PlayClient client = new PlayClient();
        client.start(fixture.setId(), "Grace");
        long current = ((Number) client.next().path("questionId")).longValue(); // shown once: now cached
        io.restassured.RestAssured.given().auth().preemptive().basic("teacher", "teacher-test")
                .contentType("application/json")
                .body(Map.of("type", "TRUE_FALSE", "prompt", "Edited while being played: the ferry sails at noon.",
                        "answer", "False"))
                .put("/api/questions/" + current).then().statusCode(200);
        ExtractableResponse<Response> shown = client.next();
        assertEquals("Edited while being played: the ferry sails at noon.", shown.path("prompt"));
        assertEquals("TRUE_FALSE", shown.path("type"));
        assertEquals(true, client.answer(current, "False").path("correct"));
    }

    @Test
    void answersCountOnceAndInOrder() {
        PlayClient client = new PlayClient();
        client.start(fixture.setId(), "Ada");
        long current = ((Number) client.next().path("questionId")).longValue();
        long other = fixture.questions().keySet().stream().filter(id -> id != current).findFirst().orElseThrow();
        // Not the current question.
        assertEquals(409, client.answer(other, fixture.questions().get(other).right()).statusCode());
        // Not a question of this attempt at all.
        assertEquals(400, client.answer(987_654L, "x").statusCode());
        // The wrong shape of response changes nothing either.
        assertEquals(400, client.answer(current, Map.of("a", 1)).statusCode());
        assertEquals(0, fixtures.attemptRow(client.attemptId).get("responses"));

        PlayFixture.Keyed key = fixture.questions().get(current);
        assertEquals(200, client.answer(current, key.wrong()).statusCode());
        Map<String, Object> before = fixtures.attemptRow(client.attemptId);
        ExtractableResponse<Response> again = client.answer(current, key.right());
        assertEquals(409, again.statusCode());
        assertEquals("application/problem+json", again.contentType());
        assertThat(again.asString(), containsString("already answered"));
        assertEquals(before, fixtures.attemptRow(client.attemptId), "a repeated answer changes nothing");
    }

    @Test
    void aFinishedAttemptRefusesAnswers() {
        PlayClient client = new PlayClient();
        client.start(fixture.setId(), "Ada");
        long last = 0;
        for (int i = 0; i < 6; i++) {
            last = ((Number) client.next().path("questionId")).longValue();
            assertEquals(200, client.answer(last, fixture.questions().get(last).right()).statusCode());
        }
        ExtractableResponse<Response> late = client.answer(last, fixture.questions().get(last).right());
        assertEquals(409, late.statusCode());
        assertThat(late.asString(), containsString("finished"));
        client.summary().response().then().body("totalPoints", is(600)).body("correctCount", is(6));
    }

    @Test
    void anotherLearnersAttemptDoesNotExistForThem() {
        PlayClient owner = new PlayClient();
        owner.start(fixture.setId(), "Ada");
        long current = ((Number) owner.next().path("questionId")).longValue();
        PlayClient stranger = new PlayClient();
        stranger.start(fixture.setId(), "Eve");
        stranger.attemptId = owner.attemptId;
        assertEquals(404, stranger.summary().statusCode());
        assertEquals(404, stranger.next().statusCode());
        assertEquals(404, stranger.answer(current, fixture.questions().get(current).right()).statusCode());
        PlayClient anonymous = new PlayClient();
        anonymous.attemptId = owner.attemptId;
        assertEquals(404, anonymous.summary().statusCode());
        assertEquals(404, anonymous.next().statusCode());
        assertEquals(404, anonymous.answer(current, "x").statusCode());
        // The same answer as unknown attempt ids: nothing tells the attempt exists.
        PlayClient guesser = new PlayClient();
        guesser.cookie = stranger.cookie;
        guesser.attemptId = "A".repeat(43);
        assertEquals(stranger.summary().asString().replace(owner.attemptId, ""),
                guesser.summary().asString().replace(guesser.attemptId, ""));
        assertEquals(0, fixtures.attemptRow(owner.attemptId).get("responses"));
    }

    @Test
    void theAnswerIsNeverSentBeforeAnswering() {
        PlayClient client = new PlayClient();
        client.start(fixture.setId(), "Ada");
        for (int i = 0; i < 6; i++) {
            ExtractableResponse<Response> next = client.next();
            long id = ((Number) next.path("questionId")).longValue();
            PlayFixture.Keyed key = fixture.questions().get(id);
            String body = next.asString();
            List<String> choices = next.path("choices");
            assertThat(body, not(containsString("answer")));
            assertThat(body, not(containsString("accepted")));
            assertThat(body, not(containsString("correct")));
            assertThat(body, not(containsString("numeric")));
            if (!choices.contains(key.answer())) {
                assertThat(body, not(containsString(key.answer())));
            }
            for (String accepted : key.accepted()) {
                assertThat(body, not(containsString(accepted)));
            }
            if (key.type() == QuestionType.TRUE_FALSE) {
                assertEquals(List.of("True", "False"), choices);
            }
            if (key.type() == QuestionType.ORDERING) {
                assertNotEquals(key.right(), choices, "an ordering question is never shown solved");
                assertEquals(Set.copyOf((List<?>) key.right()), Set.copyOf(choices));
            }
            client.answer(id, key.right());
        }
    }

    @Test
    void timeIsMeasuredPerQuestion() {
        PlayClient client = new PlayClient();
        client.start(fixture.setId(), "Ada");
        for (int i = 0; i < 2; i++) {
            long id = ((Number) client.next().path("questionId")).longValue();
            client.answer(id, fixture.questions().get(id).right());
        }
        @SuppressWarnings("unchecked")
        List<Long> times = (List<Long>) fixtures.attemptRow(client.attemptId).get("timeMs");
        assertEquals(2, times.size());
        assertTrue(times.stream().allMatch(t -> t >= 0 && t < 60_000), times.toString());
    }

    @Test
    void concurrentAnswersToOneQuestionCountOnceAndNeverFail() throws Exception {
        PlayClient client = new PlayClient();
        client.start(fixture.setId(), "Ada");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 3; round++) {
                long id = ((Number) client.next().path("questionId")).longValue();
                Object right = fixture.questions().get(id).right();
                CountDownLatch go = new CountDownLatch(1);
                List<Callable<Integer>> calls = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    calls.add(() -> {
                        go.await();
                        return client.answer(id, right).statusCode();
                    });
                }
                List<Future<Integer>> futures = new ArrayList<>();
                calls.forEach(c -> futures.add(pool.submit(c)));
                go.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> f : futures) {
                    statuses.add(f.get());
                }
                assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
                assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 409), statuses.toString());
            }
        } finally {
            pool.shutdownNow();
        }
        Map<String, Object> row = fixtures.attemptRow(client.attemptId);
        assertEquals(3, row.get("responses"));
        assertEquals(3, row.get("answered"));
        assertEquals(300, row.get("totalPoints"));
    }

    @Test
    void guessingResumeCodesIsStoppedAfterTenUnknownCodes() {
        PlayClient phone = new PlayClient();
        phone.start(fixture.setId(), "Alan");
        String code = fixtures.resumeCodeOf(phone.learnerId);
        resumeThrottle.forgetAll();
        try {
            for (int i = 0; i < ResumeThrottle.ALLOWED_FAILURES; i++) {
                given().contentType(ContentType.JSON).body(Map.of("resumeCode", "QQQQ-QQ" + (10 + i)))
                        .post("/api/play/resume").then().statusCode(404);
            }
            // now even the right code is refused from this address, and nothing is handed out
            given().contentType(ContentType.JSON).body(Map.of("resumeCode", code)).post("/api/play/resume").then()
                    .statusCode(429).contentType("application/problem+json").header("Set-Cookie", nullValue())
                    .body("detail", containsString("Wait ten minutes"));
            // the page says so in words
            given().cookie("cq-csrf", "test-csrf-token").formParam("_csrf", "test-csrf-token")
                    .formParam("resumeCode", code).post("/play/resume").then().statusCode(429)
                    .body(containsString("Too many unknown resume codes"));
        } finally {
            resumeThrottle.forgetAll();
        }
        given().contentType(ContentType.JSON).body(Map.of("resumeCode", code)).post("/api/play/resume").then()
                .statusCode(200);
    }

    @Test
    void aResumeCodeMovesTheLearnerToAnotherDevice() {
        PlayClient phone = new PlayClient();
        phone.start(fixture.setId(), "Ada");
        String code = fixtures.resumeCodeOf(phone.learnerId);
        ExtractableResponse<Response> r = given().contentType(ContentType.JSON)
                .body(Map.of("resumeCode", code.substring(0, 4).toLowerCase() + "-" + code.substring(4)))
                .post("/api/play/resume").then().statusCode(200).body("learnerId", is((int) phone.learnerId))
                .body("learnerName", is("Ada")).extract();
        PlayClient laptop = new PlayClient();
        laptop.cookie = r.cookie(LearnerCookie.NAME);
        laptop.attemptId = phone.attemptId;
        assertEquals(200, laptop.summary().statusCode());
        given().contentType(ContentType.JSON).body(Map.of("resumeCode", "ZZZZ-ZZZZ")).post("/api/play/resume").then()
                .statusCode(404).header("Set-Cookie", nullValue());
        given().contentType(ContentType.JSON).body(Map.of("resumeCode", "")).post("/api/play/resume").then()
                .statusCode(400);
    }

    @Test
    void theApiRefusesCrossSiteUse() {
        given().contentType(ContentType.JSON).header("Origin", "https://evil.example")
                .body(Map.of("setId", fixture.setId(), "learnerName", "Ada")).post("/api/play/attempts").then()
                .statusCode(403);
        given().contentType(ContentType.JSON).header("Sec-Fetch-Site", "cross-site")
                .body(Map.of("setId", fixture.setId(), "learnerName", "Ada")).post("/api/play/attempts").then()
                .statusCode(403);
        // A form-encoded post is not the API's content type.
        given().contentType(ContentType.URLENC).formParam("setId", fixture.setId()).formParam("learnerName", "Ada")
                .post("/api/play/attempts").then().statusCode(415);
        // Same-origin passes.
        given().contentType(ContentType.JSON).header("Origin", "http://localhost:" + io.restassured.RestAssured.port)
                .header("Sec-Fetch-Site", "same-origin")
                .body(Map.of("setId", fixture.setId(), "learnerName", "Ada")).post("/api/play/attempts").then()
                .statusCode(201);
    }
}
