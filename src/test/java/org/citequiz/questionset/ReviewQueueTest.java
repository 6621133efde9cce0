package org.citequiz.questionset;

import static org.citequiz.account.InstructorSession.teacherApi;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.citequiz.account.InstructorSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The review queue: passages in context, approve / reject / edit, validation, hand-written questions. */
@QuarkusTest
class ReviewQueueTest {

    InstructorSession teacher;
    long setId;
    List<Long> questionIds;

    @BeforeEach
    void fixture() {
        teacher = InstructorSession.signIn("teacher", "teacher-test");
        setId = InstructorFixtures.rosettaSet("Review " + System.nanoTime());
        questionIds = InstructorFixtures.questionIds(setId);
        assertTrue(questionIds.size() >= 3, "the Rosetta article gives several questions");
    }

    @Test
    void eachQuestionIsShownNextToItsMarkedPassageInItsParagraph() {
        JsonPath q = InstructorFixtures.questions(setId);
        String cited = q.getString("[0].sources[0].passage");
        String html = teacher.page().get("/instructor/sets/" + setId + "/review?status=PENDING").then().statusCode(200)
                .extract().asString();
        assertTrue(html.contains("<mark>" + escape(cited) + "</mark>"), "cited sentence marked");
        assertEquals(questionIds.size(), html.split("class=\"card review-card").length - 1);
        assertTrue(html.contains("quality " + q.getDouble("[0].quality")));
        // The filter shows only the status asked for.
        teacher.page().get("/instructor/sets/" + setId + "/review?status=REJECTED").then().statusCode(200)
                .body(containsString("No questions with this status."));
    }

    @Test
    void approveAndRejectFollowPostRedirectGetOrSwapTheCardForHtmx() {
        long first = questionIds.get(0);
        long second = questionIds.get(1);
        teacher.form().formParam("back", "PENDING").post("/instructor/questions/" + first + "/approve").then()
                .statusCode(303).header("Location", endsWith("/review?status=PENDING#q" + first));
        String fragment = teacher.form().header("HX-Request", "true").formParam("back", "PENDING")
                .post("/instructor/questions/" + second + "/reject").then().statusCode(200).extract().asString();
        assertTrue(fragment.strip().startsWith("<article"), fragment);
        assertTrue(fragment.contains("id=\"q" + second + "\"") && fragment.contains("REJECTED"));
        assertFalse(fragment.contains("<html"));
        // Without the token nothing changes.
        teacher.page().contentType("application/x-www-form-urlencoded").formParam("back", "PENDING")
                .post("/instructor/questions/" + questionIds.get(2) + "/approve").then().statusCode(403);
        JsonPath q = InstructorFixtures.questions(setId);
        assertEquals("APPROVED", status(q, first));
        assertEquals("REJECTED", status(q, second));
        assertEquals("PENDING", status(q, questionIds.get(2)));
    }

    @Test
    void apiApprovesAndRejects() {
        long id = questionIds.get(0);
        teacherApi().post("/api/questions/" + id + "/reject").then().statusCode(200).body("status", is("REJECTED"));
        teacherApi().post("/api/questions/" + id + "/approve").then().statusCode(200).body("status", is("APPROVED"));
        teacherApi().post("/api/questions/999999/approve").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void editingAGeneratedQuestionRecitesItAndRegenerationLeavesItAlone() {
        JsonPath q = InstructorFixtures.questions(setId);
        Map<String, Object> original = q.getMap("find { it.type == 'MULTIPLE_CHOICE' }");
        long id = ((Number) original.get("id")).longValue();
        long documentId = InstructorFixtures.documentId(setId);
        List<Map<String, Object>> sentences = teacherApi().get("/api/sets/" + setId + "/documents/" + documentId + "/sentences").then()
                .statusCode(200).extract().jsonPath().getList("$");
        Map<String, Object> other = sentences.stream()
                .filter(s -> ((String) s.get("text")).contains("Philae touched down")).findFirst().orElseThrow();

        teacher.page().get("/instructor/questions/" + id + "/edit").then().statusCode(200)
                .body(containsString("Philae touched down"), containsString("selected"));
        teacher.form().formParam("prompt", "In which year did Philae land on the comet?")
                .formParam("choices", "2012\n2013\n2014\n2015").formParam("answer", "2014")
                .formParam("passageId", other.get("passageId").toString()).formParam("back", "PENDING")
                .post("/instructor/questions/" + id + "/edit").then().statusCode(303)
                .header("Location", containsString("edited=" + id));

        Map<String, Object> edited = InstructorFixtures.questions(setId).getMap("find { it.id == " + id + " }");
        assertEquals("In which year did Philae land on the comet?", edited.get("prompt"));
        assertEquals("EDITED", edited.get("origin"));
        assertEquals("APPROVED", edited.get("status"));
        assertEquals(List.of("2012", "2013", "2014", "2015"), edited.get("choices"));
        assertTrue(((String) ((List<Map<String, Object>>) edited.get("sources")).get(0).get("passage"))
                .contains("Philae touched down"));

        // Adding a document regenerates the set: the edited question stays as edited, and the original is
        // not generated again next to it.
        teacherApi().contentType("application/json").body(Map.of("title", "More", "text", "The probe was named in 1993."))
                .post("/api/sets/" + setId + "/documents").then().statusCode(201);
        JsonPath after = InstructorFixtures.questions(setId);
        assertEquals("In which year did Philae land on the comet?", after.getString("find { it.id == " + id + " }.prompt"));
        assertEquals("APPROVED", status(after, id));
        assertEquals(0, after.getList("findAll { it.prompt == '" + ((String) original.get("prompt")).replace("'", "\\'")
                + "' }").size());
    }

    @Test
    void invalidEditsAreExplainedAndChangeNothing() {
        long id = InstructorFixtures.questions(setId).getLong("find { it.type == 'MULTIPLE_CHOICE' }.id");
        String before = InstructorFixtures.questions(setId).getString("find { it.id == " + id + " }.prompt");
        teacher.form().formParam("prompt", "Changed?").formParam("choices", "a\nb\nc").formParam("answer", "d")
                .post("/instructor/questions/" + id + "/edit").then().statusCode(400)
                .body(containsString("The answer must be one of the choices."), containsString("Changed?"));
        teacher.form().formParam("prompt", "Changed?").formParam("choices", "a\na").formParam("answer", "a")
                .post("/instructor/questions/" + id + "/edit").then().statusCode(400)
                .body(containsString("each choice must be different"));
        teacher.form().formParam("prompt", "").formParam("choices", "a").formParam("answer", "a")
                .post("/instructor/questions/" + id + "/edit").then().statusCode(400)
                .body(containsString("at least two choices"), containsString("needs a prompt"));
        teacherApi().contentType("application/json")
                .body(Map.of("type", "MULTIPLE_CHOICE", "prompt", "p", "choices", List.of("x", "y"), "answer", "z"))
                .put("/api/questions/" + id).then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("one of the choices"));
        Map<String, Object> now = InstructorFixtures.questions(setId).getMap("find { it.id == " + id + " }");
        assertEquals(before, now.get("prompt"));
        assertEquals("GENERATED", now.get("origin"));
        assertEquals("PENDING", now.get("status"));
    }

    @Test
    void instructorsWriteQuestionsOfEveryTypeOptionallyCitingASentence() {
        long documentId = InstructorFixtures.documentId(setId);
        long passageId = teacherApi().get("/api/sets/" + setId + "/documents/" + documentId + "/sentences").then().extract().jsonPath()
                .getLong("[0].passageId");
        List<Map<String, Object>> drafts = List.of(
                Map.of("type", "MULTIPLE_CHOICE", "prompt", "Which agency launched Rosetta?",
                        "choices", List.of("ESA", "NASA", "JAXA"), "answer", "esa", "passageId", passageId),
                Map.of("type", "TRUE_FALSE", "prompt", "Philae bounced before it came to rest.", "answer", "true"),
                Map.of("type", "SHORT_ANSWER", "prompt", "Where is Kourou?", "answer", "French Guiana",
                        "acceptedAnswers", List.of("Guiana", "french guiana")),
                Map.of("type", "NUMERIC", "prompt", "For how many months did Rosetta sleep?", "answer", "31",
                        "tolerance", 1),
                Map.of("type", "FILL_IN_BLANK", "prompt", "Rosetta reached the comet in _____ 2014.", "answer", "August"),
                Map.of("type", "ORDERING", "prompt", "Put these in order",
                        "choices", List.of("Launch", "Wake-up", "Landing", "Crash")));
        for (Map<String, Object> draft : drafts) {
            teacherApi().contentType("application/json").body(draft).post("/api/sets/" + setId + "/questions").then()
                    .statusCode(201).body("origin", is("AUTHORED")).body("status", is("APPROVED"));
        }
        JsonPath q = InstructorFixtures.questions(setId);
        assertEquals("ESA", q.getString("find { it.prompt == 'Which agency launched Rosetta?' }.answer"));
        assertEquals(documentId, q.getLong("find { it.prompt == 'Which agency launched Rosetta?' }.sources[0].documentId"));
        assertEquals("True", q.getString("find { it.type == 'TRUE_FALSE' }.answer"));
        assertEquals(List.of("Guiana"), q.getList("find { it.type == 'SHORT_ANSWER' }.acceptedAnswers"));
        assertEquals(31.0, q.getDouble("find { it.type == 'NUMERIC' }.numericAnswer"));
        assertEquals("Launch → Wake-up → Landing → Crash", q.getString("find { it.type == 'ORDERING' }.answer"));
        assertNotEquals(List.of("Launch", "Wake-up", "Landing", "Crash"), q.getList("find { it.type == 'ORDERING' }.choices"));

        // Rules per type, and passages must come from this set.
        List<Map<String, Object>> invalid = List.of(
                Map.of("type", "TRUE_FALSE", "prompt", "p", "answer", "Maybe"),
                Map.of("type", "ORDERING", "prompt", "p", "choices", List.of("only one")),
                Map.of("type", "NUMERIC", "prompt", "p", "answer", "many"),
                Map.of("type", "SHORT_ANSWER", "prompt", "p", "answer", " "));
        for (Map<String, Object> draft : invalid) {
            teacherApi().contentType("application/json").body(draft).post("/api/sets/" + setId + "/questions").then()
                    .statusCode(400).contentType("application/problem+json");
        }
        long otherSet = InstructorFixtures.rosettaSet("Elsewhere " + System.nanoTime());
        long foreignPassage = teacherApi().get("/api/sets/" + otherSet + "/documents/" + InstructorFixtures.documentId(otherSet) + "/sentences")
                .then().extract().jsonPath().getLong("[0].passageId");
        teacherApi().contentType("application/json").body(Map.of("type", "TRUE_FALSE", "prompt", "p", "answer", "True",
                "passageId", foreignPassage)).post("/api/sets/" + setId + "/questions").then().statusCode(400)
                .body("detail", containsString("not part of this set"));
        assertEquals(questionIds.size() + drafts.size(), InstructorFixtures.questionIds(setId).size());

        // The page form does the same.
        teacher.page().get("/instructor/sets/" + setId + "/questions/new?type=ORDERING").then().statusCode(200)
                .body(containsString("Items in the correct order"));
        teacher.form().formParam("type", "TRUE_FALSE").formParam("prompt", "Rosetta crashed on purpose.")
                .formParam("answer", "True").formParam("passageId", String.valueOf(passageId))
                .post("/instructor/sets/" + setId + "/questions").then().statusCode(303);
        teacher.form().formParam("type", "MULTIPLE_CHOICE").formParam("prompt", "Which?").formParam("choices", "one")
                .formParam("answer", "one").post("/instructor/sets/" + setId + "/questions").then().statusCode(400)
                .body(containsString("at least two choices"));
    }

    @Test
    void learnersGetOnlyApprovedQuestionsOfPublishedSets() {
        long approved = questionIds.get(0);
        long rejected = questionIds.get(1);
        teacherApi().post("/api/questions/" + approved + "/approve").then().statusCode(200);
        teacherApi().post("/api/questions/" + rejected + "/reject").then().statusCode(200);
        assertEquals(List.of(approved), playable(setId));
        teacherApi().contentType("application/json").body(Map.of("published", true)).patch("/api/sets/" + setId)
                .then().statusCode(200);
        io.restassured.RestAssured.given().get("/api/sets").then().body("find { it.id == " + setId + " }.questionCount", is(1));
    }

    static List<Long> playable(long setId) {
        return QuarkusTransaction.requiringNew().call(
                () -> Question.playableOfSet(setId).stream().map(q -> q.id).toList());
    }

    static String status(JsonPath questions, long id) {
        return questions.getString("find { it.id == " + id + " }.status");
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
