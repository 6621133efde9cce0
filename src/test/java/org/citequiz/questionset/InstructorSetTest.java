package org.citequiz.questionset;

import static org.citequiz.account.InstructorSession.teacherApi;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.citequiz.account.InstructorSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Set management and documents, through the instructor pages and the API, as the set's owner. */
@QuarkusTest
class InstructorSetTest {

    InstructorSession teacher;

    @BeforeEach
    void signIn() {
        teacher = InstructorSession.signIn("teacher", "teacher-test");
    }

    long createSetThroughThePage(String title) {
        Response r = teacher.form().formParam("title", title).formParam("description", "for a test")
                .post("/instructor/sets");
        assertEquals(303, r.statusCode());
        String location = r.getHeader("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void pagesCreateRenamePublishAndArchiveASet() {
        long id = createSetThroughThePage("Comets " + System.nanoTime());
        teacher.page().get("/instructor/sets/" + id).then().statusCode(200)
                .body(containsString("Not published"), containsString("Add a document"));
        teacher.api(id).then().body("published", is(false));
        given().get("/api/sets").then().body("id", not(hasItem((int) id)));

        teacher.form().formParam("title", "Comets and their landers").formParam("description", "Rosetta and Philae")
                .formParam("autoApprove", "on").formParam("autoApproveThreshold", "0.65")
                .post("/instructor/sets/" + id + "/settings").then().statusCode(303);
        teacher.api(id).then().body("title", is("Comets and their landers")).body("description", is("Rosetta and Philae"));

        teacher.form().formParam("published", "true").post("/instructor/sets/" + id + "/publication")
                .then().statusCode(303).header("Location", containsString("notice=published"));
        given().get("/api/sets").then().body("id", hasItem((int) id));

        teacher.form().post("/instructor/sets/" + id + "/archive").then().statusCode(303)
                .header("Location", endsWith("/instructor"));
        given().get("/api/sets").then().body("id", not(hasItem((int) id)));
        given().get("/api/sets/" + id).then().statusCode(404);
        teacher.page().get("/instructor").then().body(not(containsString("Comets and their landers")));
    }

    @Test
    void refusedSettingsShowTheSetPageAgainWithTheReasonAndChangeNothing() {
        long id = createSetThroughThePage("Glaciers " + System.nanoTime());
        teacher.form().accept("text/html").formParam("title", "Glaciers renamed").formParam("autoApprove", "on")
                .formParam("autoApproveThreshold", "lots").post("/instructor/sets/" + id + "/settings").then()
                .statusCode(400).contentType(containsString("text/html"))
                .body(containsString("id=\"set-error\""), containsString("must be a number"),
                        containsString("Add a document"));
        teacher.api(id).then().body("title", startsWith("Glaciers ")).body("title", not(is("Glaciers renamed")));
        teacher.form().accept("text/html").formParam("username", "nobody-" + System.nanoTime())
                .post("/instructor/sets/" + id + "/shares").then().statusCode(400)
                .body(containsString("id=\"set-error\""), containsString("Add a document"));
    }

    @Test
    void formsWithoutTheCsrfTokenChangeNothing() {
        long id = createSetThroughThePage("Untouchable " + System.nanoTime());
        teacher.page().contentType("application/x-www-form-urlencoded").formParam("title", "Hijacked")
                .post("/instructor/sets/" + id + "/settings").then().statusCode(403);
        teacher.page().contentType("application/x-www-form-urlencoded").formParam("published", "true")
                .post("/instructor/sets/" + id + "/publication").then().statusCode(403);
        teacher.page().multiPart("file", "a.txt", "In 1999 it rained.".getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/instructor/sets/" + id + "/documents").then().statusCode(403);
        teacher.form().header("Origin", "https://evil.example").formParam("title", "Hijacked")
                .post("/instructor/sets/" + id + "/settings").then().statusCode(403);
        teacher.api(id).then().body("title", startsWith("Untouchable")).body("published", is(false))
                .body("documentCount", is(0));
    }

    @Test
    void uploadsTextMarkdownAndHtmlAndShowsWhatEachGave() {
        long id = createSetThroughThePage("Uploads " + System.nanoTime());
        upload(id, "rosetta.txt", InstructorFixtures.resource("rosetta.txt").getBytes(StandardCharsets.UTF_8),
                "text/plain").then().statusCode(303).header("Location", containsString("notice=added-"));
        upload(id, "notes.md", "# Field notes\n\nThe observatory opened in 1897 with a 40-inch lens.\n".getBytes(
                StandardCharsets.UTF_8), "application/octet-stream").then().statusCode(303);
        String html = "<html><head><title>Site | Big telescope</title></head><body><nav>Home Subscribe Login</nav>"
                + "<header>Daily Astronomy</header><article><h1>The big telescope</h1><p>Its mirror was cast in 1934.</p>"
                + "<script>track()</script><aside>Related: cookies</aside><p>First light came in 1949.</p></article>"
                + "<footer>Copyright</footer></body></html>";
        upload(id, "telescope.html", html.getBytes(StandardCharsets.UTF_8), "text/html").then().statusCode(303);

        List<Map<String, Object>> docs = teacher.api(id).then().statusCode(200).body("documentCount", is(3))
                .extract().jsonPath().getList("documents");
        assertEquals(List.of("Rosetta: ten years to catch a comet", "Field notes", "The big telescope"),
                docs.stream().map(d -> d.get("title")).toList());
        long htmlDoc = ((Number) docs.get(2).get("id")).longValue();
        List<String> sentences = teacherApi().get("/api/sets/" + id + "/documents/" + htmlDoc + "/sentences").then().statusCode(200)
                .extract().jsonPath().getList("text");
        String text = String.join(" ", sentences);
        assertTrue(text.contains("Its mirror was cast in 1934.") && text.contains("First light came in 1949."), text);
        for (String dropped : List.of("Subscribe", "Daily Astronomy", "track()", "cookies", "Copyright")) {
            assertFalse(text.contains(dropped), dropped + " in " + text);
        }
        // The set page reports per document how many questions it gave and when generation finished.
        String page = teacher.page().get("/instructor/sets/" + id).then().statusCode(200).extract().asString();
        assertTrue(page.contains("<time datetime="), "generation time shown");
        assertFalse(page.contains("not yet"), "every document was generated");
        long questions = InstructorFixtures.questionIds(id).size();
        assertTrue(questions > 0);
    }

    @Test
    void oversizedWrongTypeAndBadEncodingUploadsAreRefusedAndStoreNothing() {
        long id = createSetThroughThePage("Limits " + System.nanoTime());
        byte[] big = new byte[2 * 1024 * 1024 + 1];
        Arrays.fill(big, (byte) 'a');
        upload(id, "big.txt", big, "text/plain").then().statusCode(413).contentType(containsString("text/html"))
                .body(containsString("limit is 2048 KB"));
        upload(id, "slides.pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8), "application/pdf").then().statusCode(415)
                .body(containsString(".txt, .md or .html"));
        upload(id, "photo.txt", new byte[] { (byte) 0x89, 'P', 'N', 'G' }, "image/png").then().statusCode(415)
                .body(containsString("image/png"));
        upload(id, "latin1.txt", "Caf\u00e9 opened in 1901".getBytes(StandardCharsets.ISO_8859_1), "text/plain")
                .then().statusCode(415).body(containsString("not UTF-8"));
        teacher.page().multiPart("_csrf", teacher.csrf()).multiPart("text", " ").post("/instructor/sets/" + id + "/documents").then().statusCode(400);
        // The JSON API has the same limit.
        teacherApi().contentType("application/json").body(Map.of("title", "big", "text", new String(big, StandardCharsets.US_ASCII)))
                .post("/api/sets/" + id + "/documents").then().statusCode(413).contentType("application/problem+json");
        assertEquals(0, InstructorFixtures.documentCount(id));
        assertEquals(0, InstructorFixtures.questionIds(id).size());
    }

    @Test
    void pastedTextAndEditedMetadataRecordTheEditorAsDateSource() {
        long id = createSetThroughThePage("Pasted " + System.nanoTime());
        teacher.page().multiPart("_csrf", teacher.csrf()).multiPart("text", InstructorFixtures.resource("rosetta.txt")).multiPart("publisher", "Space Desk")
                .post("/instructor/sets/" + id + "/documents").then().statusCode(303);
        Map<String, Object> doc = teacher.api(id).then().extract().jsonPath().getMap("documents[0]");
        assertEquals("Rosetta: ten years to catch a comet", doc.get("title"));
        assertEquals("Space Desk", doc.get("publisher"));
        assertEquals("unknown", doc.get("dateSource"));
        long docId = ((Number) doc.get("id")).longValue();
        teacher.page().get("/instructor/documents/" + docId).then().statusCode(200).body(containsString("Space Desk"));
        teacher.form().formParam("title", "Rosetta, retold").formParam("publisher", "Science Desk")
                .formParam("publishedOn", "2016-10-01").post("/instructor/documents/" + docId).then().statusCode(303);
        teacher.api(id).then().body("documents[0].title", is("Rosetta, retold"))
                .body("documents[0].publisher", is("Science Desk")).body("documents[0].publishedOn", is("2016-10-01"))
                .body("documents[0].dateSource", is("editor"));
        teacher.form().formParam("title", " ").post("/instructor/documents/" + docId).then().statusCode(400);
        teacher.form().formParam("title", "x").formParam("publishedOn", "yesterday").post("/instructor/documents/" + docId)
                .then().statusCode(400).body(containsString("2024-03-31"));
    }

    @Test
    void apiReplacesPatchesAndArchivesSets() {
        long id = InstructorFixtures.rosettaSet("API set " + System.nanoTime());
        teacherApi().contentType("application/json").body(Map.of("title", "Renamed", "description", "d",
                "published", true, "autoApprove", false, "autoApproveThreshold", 0.5))
                .put("/api/sets/" + id).then().statusCode(200).body("title", is("Renamed")).body("published", is(true));
        teacherApi().contentType("application/json").body(Map.of("title", "Only title"))
                .put("/api/sets/" + id).then().statusCode(400).contentType("application/problem+json");
        teacherApi().contentType("application/json").body(Map.of("autoApproveThreshold", 2))
                .patch("/api/sets/" + id).then().statusCode(400);
        teacherApi().contentType("application/json").body(Map.of("title", " "))
                .patch("/api/sets/" + id).then().statusCode(400);

        // Turning auto-approval on approves the waiting generated questions at or above the threshold.
        List<Double> pendingQualities = InstructorFixtures.questions(id).getList("findAll { it.status == 'PENDING' }.quality", Double.class);
        assertFalse(pendingQualities.isEmpty());
        double threshold = pendingQualities.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        teacherApi().contentType("application/json").body(Map.of("autoApprove", true, "autoApproveThreshold", threshold))
                .patch("/api/sets/" + id).then().statusCode(200);
        InstructorFixtures.questions(id).getList("status", String.class)
                .forEach(s -> assertEquals("AUTO_APPROVED", s));

        teacherApi().delete("/api/sets/" + id).then().statusCode(204);
        given().get("/api/sets").then().body("id", not(hasItem((int) id)));
        given().get("/api/sets/" + id).then().statusCode(404);
        // Archived, not deleted: the questions (and the answers pointing at them) are still there.
        assertFalse(InstructorFixtures.questionIds(id).isEmpty());
    }

    Response upload(long setId, String name, byte[] bytes, String type) {
        return teacher.page().multiPart("file", name, bytes, type).multiPart("_csrf", teacher.csrf())
                .post("/instructor/sets/" + setId + "/documents");
    }
}
