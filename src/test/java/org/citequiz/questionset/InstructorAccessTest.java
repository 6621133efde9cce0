package org.citequiz.questionset;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.citequiz.account.InstructorSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every instructor endpoint: anonymous, a learner's browser, and an instructor who does not manage the set
 * are refused; the owner is served (owner cases: InstructorSetTest, ReviewQueueTest).
 */
@QuarkusTest
class InstructorAccessTest {

    record Call(String method, String path, String json) {
    }

    long setId;
    long documentId;
    long questionId;
    int questionCount;

    @BeforeEach
    void fixture() {
        InstructorSession.ensureOtherInstructor();
        setId = InstructorFixtures.rosettaSet("Access " + System.nanoTime());
        documentId = InstructorFixtures.documentId(setId);
        questionId = InstructorFixtures.questionIds(setId).get(0);
        questionCount = InstructorFixtures.questionIds(setId).size();
    }

    List<Call> apiCalls() {
        String q = "{\"type\":\"TRUE_FALSE\",\"prompt\":\"Philae landed.\",\"answer\":\"True\"}";
        return List.of(
                new Call("PUT", "/api/sets/" + setId, "{\"title\":\"x\",\"published\":true,\"autoApprove\":false,\"autoApproveThreshold\":0.5}"),
                new Call("PATCH", "/api/sets/" + setId, "{\"published\":false}"),
                new Call("DELETE", "/api/sets/" + setId, null),
                new Call("POST", "/api/sets/" + setId + "/shares", "{\"username\":\"teacher\"}"),
                new Call("GET", "/api/sets/" + setId + "/shares", null),
                new Call("GET", "/api/sets/" + setId + "/questions", null),
                new Call("POST", "/api/sets/" + setId + "/questions", q),
                new Call("POST", "/api/sets/" + setId + "/documents", "{\"title\":\"t\",\"text\":\"In 1999 it rained.\"}"),
                new Call("PUT", "/api/questions/" + questionId, q),
                new Call("POST", "/api/questions/" + questionId + "/approve", null),
                new Call("POST", "/api/questions/" + questionId + "/reject", null),
                new Call("GET", "/api/sets/" + setId + "/documents/" + documentId + "/sentences", null));
    }

    List<Call> pageCalls() {
        return List.of(
                new Call("GET", "/instructor/sets/" + setId, null),
                new Call("POST", "/instructor/sets/" + setId + "/settings", "title=x"),
                new Call("POST", "/instructor/sets/" + setId + "/publication", "published=false"),
                new Call("POST", "/instructor/sets/" + setId + "/archive", ""),
                new Call("POST", "/instructor/sets/" + setId + "/shares", "username=teacher"),
                new Call("GET", "/instructor/documents/" + documentId, null),
                new Call("POST", "/instructor/documents/" + documentId, "title=x"),
                new Call("GET", "/instructor/sets/" + setId + "/review", null),
                new Call("POST", "/instructor/questions/" + questionId + "/approve", ""),
                new Call("POST", "/instructor/questions/" + questionId + "/reject", ""),
                new Call("GET", "/instructor/questions/" + questionId + "/edit", null),
                new Call("POST", "/instructor/questions/" + questionId + "/edit", "prompt=x&answer=1999"),
                new Call("GET", "/instructor/sets/" + setId + "/questions/new", null),
                new Call("POST", "/instructor/sets/" + setId + "/questions", "type=TRUE_FALSE&prompt=x&answer=True"));
    }

    static io.restassured.response.Response send(RequestSpecification spec, Call call, boolean form) {
        if (call.json() != null && form) {
            spec = spec.contentType("application/x-www-form-urlencoded");
            for (String pair : call.json().split("&")) {
                if (!pair.isEmpty()) {
                    String[] kv = pair.split("=", 2);
                    spec = spec.formParam(kv[0], kv[1]);
                }
            }
        } else if (call.json() != null) {
            spec = spec.contentType("application/json").body(call.json());
        }
        return spec.request(call.method(), call.path());
    }

    @Test
    void anonymousApiClientsGetA401Problem() {
        List<Call> calls = new ArrayList<>(apiCalls());
        calls.add(new Call("GET", "/api/instructors", null));
        calls.add(new Call("POST", "/api/instructors", "{\"username\":\"sneaky\",\"password\":\"sneaky-password\"}"));
        for (Call call : calls) {
            send(given().redirects().follow(false), call, false).then().statusCode(401)
                    .contentType("application/problem+json");
        }
        assertUntouched();
    }

    @Test
    void anonymousBrowsersAndLearnersAreSentToTheSignInPage() {
        InstructorSession learner = InstructorSession.learner();
        List<Call> calls = new ArrayList<>(pageCalls());
        calls.add(new Call("GET", "/instructor", null));
        calls.add(new Call("GET", "/instructor/accounts", null));
        for (Call call : calls) {
            send(given().redirects().follow(false).accept("text/html"), call, true).then()
                    .statusCode(anyOf(is(302), is(303))).header("Location", containsString("/login"));
            RequestSpecification asLearner = call.method().equals("POST") ? learner.form() : learner.page();
            send(asLearner, call, true).then().statusCode(anyOf(is(302), is(303)))
                    .header("Location", containsString("/login"));
        }
        // A learner's cookie is no credential for the API either.
        for (Call call : apiCalls()) {
            send(given().redirects().follow(false).cookies(learner.cookies), call, false).then().statusCode(401);
        }
        assertUntouched();
    }

    @Test
    void anotherInstructorGets403OnSetsTheyDoNotManage() {
        for (Call call : apiCalls()) {
            send(InstructorSession.otherApi(), call, false).then().statusCode(403)
                    .contentType("application/problem+json");
        }
        InstructorSession other = InstructorSession.signIn(InstructorSession.OTHER, InstructorSession.OTHER_PASSWORD);
        for (Call call : pageCalls()) {
            RequestSpecification spec = call.method().equals("POST") ? other.form() : other.page();
            send(spec, call, true).then().statusCode(403).contentType(containsString("text/html"))
                    .body(containsString("do not manage"));
        }
        assertUntouched();
    }

    @Test
    void sharingLetsTheOtherInstructorManageButNotShareFurther() {
        InstructorSession.otherApi().contentType("application/json").body(Map.of("published", true))
                .patch("/api/sets/" + setId).then().statusCode(403);
        InstructorSession.teacherApi().contentType("application/json").body(Map.of("username", InstructorSession.OTHER))
                .post("/api/sets/" + setId + "/shares").then().statusCode(201)
                .body("sharedWith", hasItem(InstructorSession.OTHER));
        InstructorSession.otherApi().contentType("application/json").body(Map.of("description", "shared edit"))
                .patch("/api/sets/" + setId).then().statusCode(200).body("description", is("shared edit"));
        InstructorSession.otherApi().get("/api/sets/" + setId + "/questions").then().statusCode(200);
        InstructorSession.otherApi().contentType("application/json").body(Map.of("username", "teacher"))
                .post("/api/sets/" + setId + "/shares").then().statusCode(403);
        InstructorSession.teacherApi().contentType("application/json").body(Map.of("username", "nobody-here"))
                .post("/api/sets/" + setId + "/shares").then().statusCode(400);
        InstructorSession.teacherApi().contentType("application/json").body(Map.of("username", InstructorSession.OTHER))
                .post("/api/sets/" + setId + "/shares").then().statusCode(409);
        InstructorSession other = InstructorSession.signIn(InstructorSession.OTHER, InstructorSession.OTHER_PASSWORD);
        other.page().get("/instructor").then().statusCode(200).body(containsString("shared with you"));
    }

    @Test
    void swaggerUiIsForInstructors() {
        given().redirects().follow(false).accept("text/html").get("/q/swagger-ui/").then()
                .statusCode(302).header("Location", containsString("/login"));
        InstructorSession.teacherApi().get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/questions/{id}/approve"));
    }

    private void assertUntouched() {
        InstructorSession.teacherApi().get("/api/sets/" + setId).then().statusCode(200)
                .body("title", startsWith("Access ")).body("documentCount", is(1)).body("published", is(true));
        InstructorSession.teacherApi().get("/api/sets/" + setId + "/shares").then().body("sharedWith", empty());
        InstructorSession.teacherApi().get("/api/sets/" + setId + "/questions").then()
                .body("find { it.id == " + questionId + " }.status", is("PENDING"))
                .body("size()", is(questionCount));
    }
}
