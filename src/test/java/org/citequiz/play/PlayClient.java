package org.citequiz.play;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;

/** A learner using the JSON API: keeps the learner cookie the server set, as any client must. */
final class PlayClient {

    String cookie;
    String attemptId;
    long learnerId;
    int questionCount;

    RequestSpecification request() {
        RequestSpecification spec = given().contentType(ContentType.JSON).accept(ContentType.JSON);
        return cookie == null ? spec : spec.cookie(LearnerCookie.NAME, cookie);
    }

    ExtractableResponse<Response> start(long setId, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("setId", setId);
        body.put("learnerName", name);
        ExtractableResponse<Response> r = request().body(body).post("/api/play/attempts").then().extract();
        if (r.statusCode() == 201) {
            cookie = r.cookie(LearnerCookie.NAME) != null ? r.cookie(LearnerCookie.NAME) : cookie;
            attemptId = r.path("attemptId");
            learnerId = ((Number) r.path("learnerId")).longValue();
            questionCount = r.path("questionCount");
        }
        return r;
    }

    ExtractableResponse<Response> next() {
        return request().get("/api/play/attempts/" + attemptId + "/next").then().extract();
    }

    ExtractableResponse<Response> answer(long questionId, Object response) {
        Map<String, Object> body = new HashMap<>();
        body.put("questionId", questionId);
        body.put("response", response);
        return request().body(body).post("/api/play/attempts/" + attemptId + "/responses").then().extract();
    }

    ExtractableResponse<Response> summary() {
        return request().get("/api/play/attempts/" + attemptId).then().extract();
    }
}
