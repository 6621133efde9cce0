package org.citequiz.classroom;

import static io.restassured.RestAssured.given;
import static org.citequiz.classroom.ClassroomFixtures.*;
import static org.hamcrest.Matchers.*;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.citequiz.questionset.QuestionSet;
import org.junit.jupiter.api.Test;

/** Joining through play's start flow ({@code classCode}), and play's answers reaching the class board. */
@QuarkusTest
class PlayEnrolmentTest {

    private static long setId() {
        return QuarkusTransaction.requiringNew().call(() -> QuestionSet.listPlayable().get(0).id);
    }

    private static Response start(long setId, String name, String code) {
        return given().contentType("application/json")
                .body(Map.of("setId", setId, "learnerName", name, "classCode", code))
                .when().post("/api/play/attempts").then().extract().response();
    }

    @Test
    void startingAnAttemptWithAClassCodeJoinsTheClassUnderItsRules() {
        long setId = setId();
        CreatedClass c = createClass("Play join");
        Response ok = start(setId, "Ines", c.code().toLowerCase());
        ok.then().statusCode(201).cookie("cq-learner", notNullValue());
        start(setId, "INES", c.code()).then().statusCode(409).contentType("application/problem+json");
        start(setId, "Ines", "ZZZZZZ").then().statusCode(404).body("detail", is("No class has this code."));
        start(setId, "Shit happens", c.code()).then().statusCode(400);
        QuarkusTransaction.requiringNew().run(() -> SchoolClass.<SchoolClass>findById(c.id()).closed = true);
        start(setId, "Late", c.code()).then().statusCode(409).body("detail", is("This class is closed to new members."));

        // Ines answers through play's API; the class board counts it.
        String cookie = ok.cookie("cq-learner");
        String attempt = ok.jsonPath().getString("attemptId");
        long questionId = given().cookie("cq-learner", cookie).when().get("/api/play/attempts/" + attempt + "/next")
                .then().statusCode(200).extract().jsonPath().getLong("questionId");
        given().cookie("cq-learner", cookie).contentType("application/json")
                .body(Map.of("questionId", questionId, "response", "not the answer"))
                .when().post("/api/play/attempts/" + attempt + "/responses").then().statusCode(anyOf(is(200), is(400)));
        int answered = given().cookie("cq-learner", cookie).when().get("/api/play/attempts/" + attempt)
                .then().statusCode(200).extract().jsonPath().getInt("answered");
        int points = given().cookie("cq-learner", cookie).when().get("/api/play/attempts/" + attempt)
                .then().extract().jsonPath().getInt("totalPoints");
        given().cookie("cq-learner", cookie).when().get("/api/classes/" + c.code() + "/leaderboard?set=" + setId)
                .then().statusCode(200).body("learnerName", contains("Ines"))
                .body("answered", contains(answered)).body("points", contains(points));
    }
}
