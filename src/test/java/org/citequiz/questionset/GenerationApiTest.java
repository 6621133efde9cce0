package org.citequiz.questionset;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.citequiz.account.Instructor;
import org.citequiz.account.InstructorBootstrap;
import org.citequiz.generation.Prose;
import org.junit.jupiter.api.Test;

/** Issue 3's API: add a document to a set, get its generated questions with the passages that prove them. */
@QuarkusTest
class GenerationApiTest {

    private static final String ARTICLE = """
            LISBON -- The city council approved a new tram line on Tuesday after a debate that lasted five hours.

            Mayor Rita Santos said the line would carry 40,000 passengers a day when it opens in 2027. "This is the biggest investment in our streets for a generation," Santos said.

            The Lisbon Transport Authority (LTA) will run the line, which will have 22 stops. Construction begins in March 2025.
            """;

    private static RequestSpecification teacher() {
        return given().auth().preemptive().basic("teacher", "teacher-test");
    }

    private static long newSet(String title) {
        return teacher().contentType(ContentType.JSON).body(Map.of("title", title, "description", "API test"))
                .when().post("/api/sets").then().statusCode(201).body("title", is(title))
                .extract().jsonPath().getLong("id");
    }

    @Test
    void addingADocumentGeneratesGroundedQuestions() {
        long set = newSet("Tram line");
        JsonPath created = teacher().contentType(ContentType.JSON)
                .body(Map.of("title", "Council approves tram line", "publisher", "Test", "publishedOn", "2024-05-10",
                        "text", ARTICLE))
                .when().post("/api/sets/" + set + "/documents").then().statusCode(201)
                .body("title", is("Council approves tram line")).body("questionCount", greaterThan(0))
                .extract().jsonPath();
        long documentId = created.getLong("id");

        List<Map<String, Object>> questions = teacher().when().get("/api/sets/" + set + "/questions").then()
                .statusCode(200).extract().jsonPath().getList("$");
        assertFalse(questions.isEmpty());
        for (Map<String, Object> q : questions) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> sources = (List<Map<String, Object>>) q.get("sources");
            assertFalse(sources.isEmpty(), q.toString());
            StringBuilder passages = new StringBuilder();
            for (Map<String, Object> s : sources) {
                assertEquals(documentId, ((Number) s.get("documentId")).longValue());
                int start = (Integer) s.get("start");
                int end = (Integer) s.get("end");
                assertEquals(ARTICLE.substring(start, end), s.get("passage"), "passage is the stored text's substring");
                passages.append(' ').append(s.get("passage"));
            }
            String type = (String) q.get("type");
            if (!type.equals("TRUE_FALSE") && !type.equals("ORDERING") && !q.get("factKind").equals("DATE")) {
                @SuppressWarnings("unchecked")
                List<String> accepted = new java.util.ArrayList<>((List<String>) q.get("acceptedAnswers"));
                accepted.add((String) q.get("answer"));
                String folded = " " + Prose.fold(passages.toString()) + " ";
                assertTrue(accepted.stream().anyMatch(a -> folded.contains(" " + Prose.fold(a) + " ")),
                        "the passage contains the answer: " + q);
            }
        }
        assertTrue(questions.stream().anyMatch(q -> q.get("answer").equals("Rita Santos")));
        assertTrue(questions.stream().anyMatch(q -> q.get("answer").equals("Lisbon Transport Authority")));
    }

    @Test
    void emptyTextIsAProblemAndStoresNothing() {
        long set = newSet("Empty text");
        teacher().contentType(ContentType.JSON).body(Map.of("title", "Nothing", "text", "   "))
                .when().post("/api/sets/" + set + "/documents").then().statusCode(400)
                .contentType("application/problem+json").body("status", is(400));
        teacher().when().get("/api/sets/" + set).then().statusCode(200).body("documentCount", is(0));
    }

    @Test
    void textOverTheLimitIsAProblemAndStoresNothing() {
        long set = newSet("Too long");
        String huge = "The council met again. ".repeat(100_000); // about 2.3 MB, over the 2 MB default
        teacher().contentType(ContentType.JSON).body(Map.of("title", "Huge", "text", huge))
                .when().post("/api/sets/" + set + "/documents").then().statusCode(413)
                .contentType("application/problem+json").body("detail", containsString("limit"));
        teacher().when().get("/api/sets/" + set).then().statusCode(200).body("documentCount", is(0));
    }

    @Test
    void invalidJsonIsAProblem() {
        long set = newSet("Bad JSON");
        teacher().contentType(ContentType.JSON).body("{\"title\": \"x\", \"text\": ")
                .when().post("/api/sets/" + set + "/documents").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void anonymousCallersGetA401AndNoAnswers() {
        long set = newSet("Private");
        given().when().get("/api/sets/" + set + "/questions").then().statusCode(401)
                .body(not(containsString("answer")));
        given().contentType(ContentType.JSON).body(Map.of("title", "x", "text", ARTICLE))
                .when().post("/api/sets/" + set + "/documents").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("title", "x")).when().post("/api/sets").then().statusCode(401);
    }

    @Test
    void anotherInstructorGetsA403() {
        long set = newSet("Owned by teacher");
        createInstructor("generation-other-teacher", "other-secret");
        RequestSpecification other = given().auth().preemptive().basic("generation-other-teacher", "other-secret");
        other.when().get("/api/sets/" + set + "/questions").then().statusCode(403)
                .body(not(containsString("answer")));
        given().auth().preemptive().basic("generation-other-teacher", "other-secret").contentType(ContentType.JSON)
                .body(Map.of("title", "x", "text", ARTICLE)).when().post("/api/sets/" + set + "/documents").then()
                .statusCode(403);
        teacher().when().get("/api/sets/" + set).then().body("documentCount", is(0));
    }

    @Transactional
    void createInstructor(String username, String password) {
        if (Instructor.count("username", username) == 0) {
            InstructorBootstrap.create(username, password, username);
        }
    }
}
