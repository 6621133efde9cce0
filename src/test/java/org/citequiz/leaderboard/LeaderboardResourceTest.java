package org.citequiz.leaderboard;

import static io.restassured.RestAssured.given;
import static org.citequiz.classroom.ClassroomFixtures.*;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.citequiz.classroom.ClassroomFixtures.CreatedClass;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LeaderboardResourceTest {

    @Inject
    AnswerSimulator answers;

    long setId;
    long questionId;

    @BeforeEach
    void bundledSet() {
        ensureOtherInstructor();
        long[] ids = answers.bundledSetAndQuestion();
        setId = ids[0];
        questionId = ids[1];
    }

    private void answer(String cookie, CreatedClass c, boolean correct, int points, long timeMs, Instant at) {
        answers.answer(learnerId(cookie), setId, c.id(), questionId, correct, points, timeMs, at);
    }

    @Test
    void rankedByPointsThenAccuracyThenTimeWithSharedRanks() {
        CreatedClass c = createClass("Ranking");
        String amy = join(c.code(), "Amy");
        String bea = join(c.code(), "Bea");
        String cal = join(c.code(), "Cal");
        join(c.code(), "Dan"); // never answers
        Instant now = Instant.now();
        for (String learner : new String[] { bea, amy }) {
            answer(learner, c, true, 500, 2000, now);
            answer(learner, c, true, 500, 2000, now);
        }
        answer(cal, c, true, 500, 100, now);
        answer(cal, c, true, 500, 100, now);
        answer(cal, c, false, 0, 100, now); // same points, lower accuracy: third despite being fastest

        given().cookie("cq-learner", amy).when().get("/api/classes/" + c.code() + "/leaderboard?set=" + setId)
                .then().statusCode(200)
                .body("rank", contains(1, 1, 3, 4))
                .body("learnerName", contains("Amy", "Bea", "Cal", "Dan"))
                .body("points", contains(1000, 1000, 1000, 0))
                .body("answered", contains(2, 2, 3, 0))
                .body("[2].accuracy", is(0.667f));
    }

    @Test
    void thisWeekCountsOnlyAnswersSinceMondayWhileAllTimeCountsEverything() {
        CreatedClass c = createClass("Weeks");
        String old = join(c.code(), "Veteran");
        String fresh = join(c.code(), "Newcomer");
        answer(old, c, true, 5000, 1000, Instant.now().minus(Duration.ofDays(14)));
        answer(fresh, c, true, 800, 1000, Instant.now());

        String path = "/api/classes/" + c.code() + "/leaderboard?set=" + setId;
        given().cookie("cq-learner", old).when().get(path + "&period=all").then().statusCode(200)
                .body("learnerName", contains("Veteran", "Newcomer")).body("points", contains(5000, 800));
        given().cookie("cq-learner", old).when().get(path + "&period=week").then().statusCode(200)
                .body("learnerName", contains("Newcomer", "Veteran")).body("points", contains(800, 0));
        given().cookie("cq-learner", old).when().get(path + "&period=month").then().statusCode(400);
    }

    @Test
    void allSetsBoardAddsUpEverySet() {
        long otherSet = given().auth().preemptive().basic(TEACHER, TEACHER_PASSWORD).contentType("application/json")
                .body("{\"title\": \"Second set\"}").when().post("/api/sets").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        CreatedClass c = createClass("Sets");
        String ann = join(c.code(), "Ann");
        long annId = learnerId(ann);
        answers.answer(annId, setId, c.id(), questionId, true, 300, 1000, Instant.now());
        answers.answer(annId, otherSet, c.id(), questionId, true, 200, 1000, Instant.now());
        String path = "/api/classes/" + c.code() + "/leaderboard";
        given().cookie("cq-learner", ann).get(path + "?set=" + setId).then().body("points", contains(300));
        given().cookie("cq-learner", ann).get(path + "?set=" + otherSet).then().body("points", contains(200));
        given().cookie("cq-learner", ann).get(path).then().body("points", contains(500)).body("answered", contains(2));
        given().cookie("cq-learner", ann).get(path + "?set=987654").then().statusCode(404);
    }

    @Test
    void onlyTheClassInstructorAndItsMembersSeeTheBoard() {
        CreatedClass c = createClass("Private");
        String member = join(c.code(), "Member");
        String outsider = join(createClass("Elsewhere").code(), "Outsider");
        String path = "/api/classes/" + c.code() + "/leaderboard";

        given().when().get(path).then().statusCode(401);
        given().cookie("cq-learner", "forged.signature").when().get(path).then().statusCode(401);
        given().cookie("cq-learner", outsider).when().get(path).then().statusCode(403)
                .body(not(containsString("Member")));
        given().auth().preemptive().basic(OTHER, OTHER_PASSWORD).when().get(path).then().statusCode(403);
        given().auth().preemptive().basic(TEACHER, TEACHER_PASSWORD).when().get(path).then().statusCode(200)
                .body("learnerName", contains("Member"));
        given().cookie("cq-learner", member).when().get(path).then().statusCode(200);
        given().cookie("cq-learner", member).accept("text/html").when().get("/classes/" + c.code() + "/leaderboard")
                .then().statusCode(200).body(containsString("Member")).body(containsString("sse-connect"));
        given().cookie("cq-learner", outsider).accept("text/html").when().get("/classes/" + c.code() + "/leaderboard")
                .then().statusCode(403).body(not(containsString("Member")));
        given().when().get("/api/classes/NOSUCH/leaderboard").then().statusCode(404);
    }

    @Test
    void classAgainstClassRanksByAveragePerActiveMemberAndNamesNoLearner() {
        long otherSet = given().auth().preemptive().basic(TEACHER, TEACHER_PASSWORD).contentType("application/json")
                .body("{\"title\": \"Class contest\"}").when().post("/api/sets").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        CreatedClass big = createClass("Big class");
        CreatedClass small = createClass("Small class");
        String[] bigMembers = { join(big.code(), "Ursula"), join(big.code(), "Victor"), join(big.code(), "Wendy") };
        join(big.code(), "Idle"); // no answer: not an active member
        String solo = join(small.code(), "Xavier");
        Instant now = Instant.now();
        for (String m : bigMembers) {
            answers.answer(learnerId(m), otherSet, big.id(), questionId, true, 400, 1000, now);
        }
        answers.answer(learnerId(solo), otherSet, small.id(), questionId, true, 900, 1000, now);

        String body = given().when().get("/api/leaderboard/classes?set=" + otherSet).then().statusCode(200)
                .body("className", contains("Small class", "Big class"))
                .body("rank", contains(1, 2))
                .body("averagePoints", contains(900.0f, 400.0f))
                .body("totalPoints", contains(900, 1200))
                .body("members", contains(1, 3))
                .extract().asString();
        for (String name : new String[] { "Ursula", "Victor", "Wendy", "Xavier", "Idle" }) {
            org.junit.jupiter.api.Assertions.assertFalse(body.contains(name), name + " leaked");
        }
        given().accept("text/html").when().get("/leaderboard/classes?set=" + otherSet).then().statusCode(200)
                .body(containsString("Small class")).body(not(containsString("Xavier")));
    }
}
