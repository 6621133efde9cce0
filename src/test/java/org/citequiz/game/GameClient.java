package org.citequiz.game;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.Map;

/** Small REST Assured helpers shared by the game API tests. */
final class GameClient {

    static final String HOST = "teacher";
    static final String HOST_PASSWORD = "teacher-test";

    record Created(long id, String pin) {
    }

    record Player(long gameId, long playerId, String cookie) {
        RequestSpecification spec() {
            return given().cookie(PlayerCookie.NAME, cookie).contentType(ContentType.JSON);
        }

        ValidatableResponse answer(long questionId, String response) {
            return spec().body(Map.of("questionId", questionId, "response", response))
                    .post("/api/games/" + gameId + "/answers").then();
        }

        ValidatableResponse state() {
            return spec().get("/api/games/" + gameId + "/state").then();
        }
    }

    private GameClient() {
    }

    static RequestSpecification host() {
        return as(HOST, HOST_PASSWORD);
    }

    static RequestSpecification as(String user, String password) {
        return given().auth().preemptive().basic(user, password).contentType(ContentType.JSON);
    }

    static Created create(long setId, int questions, int seconds, boolean speed, boolean streak) {
        return create(setId, null, questions, seconds, speed, streak);
    }

    static Created create(long setId, Long classId, int questions, int seconds, boolean speed, boolean streak) {
        java.util.Map<String, Object> body = new java.util.HashMap<>(Map.of("setId", setId, "questionCount", questions,
                "secondsPerQuestion", seconds, "speedPoints", speed, "streakBonus", streak));
        if (classId != null) {
            body.put("classId", classId);
        }
        var response = host().body(body).post("/api/games").then().statusCode(201).extract();
        return new Created(response.jsonPath().getLong("id"), response.jsonPath().getString("pin"));
    }

    static Player join(String pin, String name) {
        var response = given().contentType(ContentType.JSON).body(Map.of("pin", pin, "name", name))
                .post("/api/games/join").then().statusCode(200).extract();
        return new Player(response.jsonPath().getLong("gameId"), response.jsonPath().getLong("playerId"),
                response.cookie(PlayerCookie.NAME));
    }

    static ValidatableResponse move(long gameId, String action) {
        return host().post("/api/games/" + gameId + "/" + action).then();
    }
}
