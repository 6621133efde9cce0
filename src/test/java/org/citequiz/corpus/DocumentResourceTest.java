package org.citequiz.corpus;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.citequiz.questionset.QuestionSet;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DocumentResourceTest {

    static long bundledSetId() {
        return given().get("/api/sets").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.slug == 'nato-russia-council' }.id");
    }

    /** Bundled document id by title, from the set API. */
    static Map<String, Long> bundledDocuments() {
        JsonPath set = given().get("/api/sets/" + bundledSetId()).then().statusCode(200).extract().jsonPath();
        Map<String, Long> ids = new HashMap<>();
        for (Map<String, Object> d : set.<Map<String, Object>>getList("documents")) {
            ids.put((String) d.get("title"), ((Number) d.get("id")).longValue());
        }
        return ids;
    }

    @Test
    void everyBundledDocumentIsItsSeedByteForByteWithConsistentOffsets() throws IOException {
        JsonNode manifest = new ObjectMapper().readTree(CorpusTexts.SEEDS.resolve("bundle.json").toFile());
        Map<String, Long> ids = bundledDocuments();
        assertEquals(5, ids.size());
        for (JsonNode entry : manifest.get("documents")) {
            long id = ids.get(entry.get("title").asText());
            byte[] seed = Files.readAllBytes(CorpusTexts.SEEDS.resolve(entry.get("file").asText()));
            JsonPath doc = given().accept(ContentType.JSON).get("/api/documents/" + id).then().statusCode(200)
                    .extract().jsonPath();
            String text = doc.getString("text");
            assertEquals(new String(seed, java.nio.charset.StandardCharsets.UTF_8), text);
            assertTrue(java.util.Arrays.equals(seed, text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            assertEquals(entry.get("publishedOn").asText(), doc.getString("publishedOn"));
            assertTrue(doc.getString("dateSource").startsWith("metadata"));
            assertEquals(1, doc.getInt("version"));
            assertTrue(doc.getBoolean("current"));
            assertOffsetsConsistent(text, doc.getList("passages"), doc.getList("excluded"));
        }
    }

    @SuppressWarnings("unchecked")
    static void assertOffsetsConsistent(String text, List<Object> passages, List<Object> excluded) {
        List<Map<String, Object>> paragraphs = new java.util.ArrayList<>();
        List<Map<String, Object>> sentences = new java.util.ArrayList<>();
        for (Object o : passages) {
            Map<String, Object> p = (Map<String, Object>) o;
            int start = (Integer) p.get("start");
            int end = (Integer) p.get("end");
            assertTrue(0 <= start && start < end && end <= text.length(), p.toString());
            switch ((String) p.get("kind")) {
                case "paragraph" -> paragraphs.add(p);
                case "sentence" -> sentences.add(p);
                default -> throw new AssertionError("unknown kind " + p);
            }
        }
        assertFalse(paragraphs.isEmpty());
        assertFalse(sentences.isEmpty());
        for (Map<String, Object> s : sentences) {
            int start = (Integer) s.get("start");
            int end = (Integer) s.get("end");
            assertTrue(paragraphs.stream().anyMatch(p -> (Integer) p.get("start") <= start && end <= (Integer) p.get("end")),
                    "sentence outside its paragraph: " + text.substring(start, end));
            for (Object o : excluded) {
                Map<String, Object> e = (Map<String, Object>) o;
                assertFalse(start < (Integer) e.get("end") && (Integer) e.get("start") < end,
                        "sentence overlaps excluded " + e.get("reason") + ": " + text.substring(start, end));
            }
        }
        for (Object o : excluded) {
            Map<String, Object> e = (Map<String, Object>) o;
            assertTrue(0 <= (Integer) e.get("start") && (Integer) e.get("start") < (Integer) e.get("end")
                    && (Integer) e.get("end") <= text.length());
        }
    }

    @Test
    void bundledDocumentsExposeTheirCleaning() {
        long id = bundledDocuments().get("NATO, Russia Paper Over Differences");
        given().get("/api/documents/" + id).then().statusCode(200)
                .body("setId", is((int) bundledSetId()))
                .body("publisher", is("Radio Free Europe/Radio Liberty"))
                .body("excluded.reason", hasItem("legal"))
                .body("excluded.reason", hasItem("duplicate"))
                .body("excluded.reason", hasItem("heading"))
                .body("passages.kind", hasItem("paragraph"))
                .body("passages.kind", hasItem("sentence"));
    }

    @Test
    void unknownDocumentIsAProblem() {
        given().accept(ContentType.JSON).get("/api/documents/987654").then().statusCode(404)
                .contentType("application/problem+json").body("status", is(404)).body("title", is("Not found"));
        given().accept(ContentType.JSON).get("/api/documents/not-a-number").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void uploadWithoutADateTakesThePrintedDateAndDocumentsOfUnpublishedSetsAreHidden() {
        long setId = given().auth().preemptive().basic("teacher", "teacher-test").contentType(ContentType.JSON)
                .body(Map.of("title", "Hidden set " + System.nanoTime(), "description", "for a test"))
                .post("/api/sets").then().statusCode(201).extract().jsonPath().getLong("id");
        String text = "Harbour Reopens\n\n• 12 Mar. 2015 -\n\nThe harbour reopened on Thursday. Ferries ran again at 6 a.m.\n";
        long docId = given().auth().preemptive().basic("teacher", "teacher-test").contentType(ContentType.JSON)
                .body(Map.of("title", "Harbour Reopens", "text", text))
                .post("/api/sets/" + setId + "/documents").then().statusCode(201).extract().jsonPath().getLong("id");
        given().get("/api/documents/" + docId).then().statusCode(200)
                .body("publishedOn", is("2015-03-12")).body("dateSource", is("article")).body("text", is(text));

        QuarkusTransaction.requiringNew().run(() -> QuestionSet.<QuestionSet>findById(setId).published = false);
        given().accept(ContentType.JSON).get("/api/documents/" + docId).then().statusCode(404);
        given().accept(ContentType.HTML).get("/documents/" + docId).then().statusCode(404);
        given().auth().preemptive().basic("teacher", "teacher-test").get("/api/documents/" + docId).then()
                .statusCode(200).body("id", is((int) docId));
    }
}
