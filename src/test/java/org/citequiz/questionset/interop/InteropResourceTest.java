package org.citequiz.questionset.interop;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InteropResourceTest {

    static final String TEXT = "text/plain; charset=UTF-8";

    @Inject
    InteropTestData data;

    @Inject
    QuestionImporter importer;

    @BeforeEach
    void otherInstructor() {
        data.ensureInstructor("other-teacher", "other-test");
    }

    static RequestSpecification teacher() {
        return given().auth().preemptive().basic("teacher", "teacher-test");
    }

    static RequestSpecification other() {
        return given().auth().preemptive().basic("other-teacher", "other-test");
    }

    static long newSet(String title) {
        return teacher().contentType(ContentType.JSON).body(Map.of("title", title)).when().post("/api/sets").then()
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    static JsonPath importInto(long setId, String format, String text) {
        return teacher().contentType(TEXT).body(text).when().post("/api/sets/" + setId + "/import?format=" + format)
                .then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath();
    }

    static List<Map<String, Object>> questions(long setId) {
        return teacher().when().get("/api/sets/" + setId + "/questions").then().statusCode(200).extract().jsonPath()
                .getList("$");
    }

    @Test
    void importStoresWhatCitequizCanPlayAndReportsTheRestByLine() {
        long set = newSet("Import mixed");
        JsonPath report = importInto(set, "gift", Fixtures.own("mixed.gift.txt"));
        assertEquals(5, report.getInt("imported"));
        assertEquals(List.of(4, 7, 23, 35), report.getList("skipped.line", Integer.class));
        assertTrue(report.getString("skipped[0].reason").startsWith("Essay"));
        assertEquals(List.of(), report.getList("errors"));
        List<Map<String, Object>> stored = questions(set);
        assertEquals(5, stored.size());
        assertTrue(stored.stream().allMatch(q -> q.get("origin").equals("IMPORTED") && q.get("status").equals("APPROVED")));

        JsonPath again = importInto(set, "gift", Fixtures.own("mixed.gift.txt"));
        assertEquals(0, again.getInt("imported"), "importing the same file twice adds nothing");
        assertTrue(again.getList("skipped.reason", String.class).stream().filter(r -> r.startsWith("Already in this set"))
                .count() == 5);
    }

    @Test
    void aikenImportReportsBadQuestionsWithLines() {
        long set = newSet("Import aiken");
        JsonPath report = importInto(set, "aiken", Fixtures.own("errors.aiken.txt"));
        assertEquals(2, report.getInt("imported"));
        assertEquals(List.of(1, 5, 7, 14), report.getList("errors.line", Integer.class));
        assertTrue(report.getString("errors[3].message").contains("no ANSWER"));
    }

    @Test
    void importAndExportNeedTheSetsOwner() {
        long set = newSet("Owned by teacher");
        given().contentType(TEXT).body("Q? {T}").when().post("/api/sets/" + set + "/import?format=gift").then().statusCode(401);
        given().when().get("/api/sets/" + set + "/export?format=gift").then().statusCode(401);
        given().when().get("/api/sets/" + set + "/scores.csv").then().statusCode(401);
        other().contentType(TEXT).body("Q? {T}").when().post("/api/sets/" + set + "/import?format=gift").then()
                .statusCode(403).contentType("application/problem+json");
        other().when().get("/api/sets/" + set + "/export?format=gift").then().statusCode(403);
        other().when().get("/api/sets/" + set + "/scores.csv").then().statusCode(403);
        assertEquals(0, questions(set).size(), "nothing imported by the refused requests");
        // The bundled set belongs to no one: any instructor may export it.
        other().when().get("/api/sets/1/export?format=gift").then().statusCode(200);
    }

    @Test
    void unknownFormatEmptyFileAndWrongContentTypeAreProblems() {
        long set = newSet("Bad requests");
        teacher().contentType(TEXT).body("Q? {T}").when().post("/api/sets/" + set + "/import?format=qti").then()
                .statusCode(400).contentType("application/problem+json").body("detail", containsString("format=gift"));
        teacher().contentType(TEXT).body("Q? {T}").when().post("/api/sets/" + set + "/import").then().statusCode(400);
        teacher().contentType(TEXT).body("  \n").when().post("/api/sets/" + set + "/import?format=gift").then()
                .statusCode(400).body("detail", is("The file is empty."));
        teacher().contentType(ContentType.JSON).body("{}").when().post("/api/sets/" + set + "/import?format=gift").then()
                .statusCode(415);
        teacher().when().get("/api/sets/" + set + "/export?format=pdf").then().statusCode(400)
                .contentType("application/problem+json");
        teacher().when().get("/api/sets/999999/export?format=gift").then().statusCode(404);
    }

    @Test
    void fileOverTheDocumentLimitIs413AndStoresNothing() {
        long set = newSet("Too big");
        String big = "Q? {T}\n\n" + "x".repeat(2 * 1024 * 1024);
        teacher().contentType(TEXT).body(big).when().post("/api/sets/" + set + "/import?format=gift").then()
                .statusCode(413).contentType("application/problem+json").body("status", is(413));
        assertEquals(0, questions(set).size());
    }

    @Test
    void formPostsWithCookiesNeedTheCsrfToken() {
        long set = newSet("Csrf");
        teacher().cookie("session", "x").contentType(TEXT).body("Q? {T}").when()
                .post("/api/sets/" + set + "/import?format=gift").then().statusCode(403);
        assertEquals(0, questions(set).size());
    }

    @Test
    void exportsAreAttachmentsWithTheirMediaTypes() {
        long set = newSet("Export types");
        importInto(set, "gift", "::A::[html]Capital <b>city</b>? {=Paris ~Lyon}\n\nHow many? {#3:1}");
        String gift = teacher().when().get("/api/sets/" + set + "/export?format=gift").then().statusCode(200)
                .contentType(startsWith("text/plain")).header("Content-Disposition",
                        is("attachment; filename=\"export-types.gift.txt\"")).extract().asString();
        assertTrue(gift.contains("[plain]Capital city? {=Paris ~Lyon}"), gift);
        String xml = teacher().when().get("/api/sets/" + set + "/export?format=moodlexml").then().statusCode(200)
                .contentType(startsWith("application/xml")).header("Content-Disposition",
                        is("attachment; filename=\"export-types.moodle.xml\"")).extract().asString();
        assertTrue(xml.contains("<question type=\"numerical\">"), xml);
        String csv = teacher().when().get("/api/sets/" + set + "/export?format=csv").then().statusCode(200)
                .contentType(startsWith("text/csv")).header("Content-Disposition",
                        is("attachment; filename=\"export-types.csv\"")).extract().asString();
        String[] lines = csv.split("\r\n");
        assertEquals(String.join(",", QuestionExporter.CSV_HEADER), lines[0]);
        assertEquals(3, lines.length);
        assertTrue(lines[1].contains(",MULTIPLE_CHOICE,,Capital city?,Paris | Lyon,Paris,,,APPROVED,IMPORTED,1.00,,"), lines[1]);
    }

    @Test
    void importExportImportGivesTheSameQuestions() {
        long first = newSet("Round trip one");
        importInto(first, "gift", Fixtures.own("mixed.gift.txt") + "\n\n" + Fixtures.own("category.gift.txt")
                + "\n\nOrder these.{>3 ALL\none\ntwo\nthree\n}\n\nThe pact was signed in {=1997 =nineteen ninety-seven}.");
        importInto(first, "aiken", Fixtures.own("good.aiken.txt"));
        List<Map<String, Object>> before = questions(first);
        assertEquals(12, before.size());
        String exported = teacher().when().get("/api/sets/" + first + "/export?format=gift").then()
                .statusCode(200).extract().asString();
        long second = newSet("Round trip two");
        JsonPath report = importInto(second, "gift", exported);
        assertEquals(before.size(), report.getInt("imported"), exported);
        assertEquals(List.of(), report.getList("skipped"));
        assertEquals(List.of(), report.getList("errors"));
        assertEquals(sameShape(before), sameShape(questions(second)));
    }

    private static List<String> sameShape(List<Map<String, Object>> questions) {
        // What a learner sees and what is scored: exchange formats carry no accepted variants for choice or
        // numeric questions, write numbers plainly, and ordering items are shown in a fresh scrambled order.
        return questions.stream().map(q -> {
            String type = String.valueOf(q.get("type"));
            boolean typed = type.equals("SHORT_ANSWER") || type.equals("FILL_IN_BLANK");
            Object choices = type.equals("ORDERING")
                    ? new java.util.TreeSet<>((List<String>) q.get("choices")) : q.get("choices");
            Object answer = type.equals("NUMERIC") ? q.get("numericAnswer") : q.get("answer");
            return type + "|" + q.get("prompt") + "|" + answer + "|" + choices + "|"
                    + (typed ? q.get("acceptedAnswers") : "") + "|" + q.get("numericAnswer");
        }).sorted().toList();
    }

    @Test
    void exportKeepsTheCitationAndImportFindsThePassageAgain() {
        String text = "The river is long.\n\nIts water is fresh and cold. It flows north.";
        Map<String, Object> document = Map.of("title", "River notes", "publisher", "Field Press", "publishedOn",
                "2024-03-01", "text", text);
        long first = newSet("Cited one");
        teacher().contentType(ContentType.JSON).body(document).when().post("/api/sets/" + first + "/documents").then()
                .statusCode(201);
        JsonPath report = importInto(first, "gift", "Is the water cold? {TRUE####Source\\: River notes — Field Press,"
                + " 2024-03-01\\n“Its water is fresh and cold.”}\n\nHow does it flow? {=north####Source\\: Unknown"
                + " book\\n“Nowhere to be found.”}");
        assertEquals(2, report.getInt("imported"));
        List<Map<String, Object>> cited = questions(first);
        Map<String, Object> cold = cited.stream().filter(q -> q.get("prompt").equals("Is the water cold?")).findFirst().orElseThrow();
        List<Map<String, Object>> sources = (List<Map<String, Object>>) cold.get("sources");
        assertEquals(1, sources.size());
        assertEquals("Its water is fresh and cold.", sources.get(0).get("passage"));

        String gift = teacher().when().get("/api/sets/" + first + "/export?format=gift").then().statusCode(200)
                .extract().asString();
        assertTrue(gift.contains("####Source\\: River notes — Field Press, 2024-03-01\\n“Its water is fresh and cold.”"), gift);
        assertTrue(gift.contains("Source\\: Unknown book\\n“Nowhere to be found.”"), "an unmatched citation stays as text");
        String xml = teacher().when().get("/api/sets/" + first + "/export?format=moodlexml").then().extract().asString();
        assertTrue(xml.contains("Source: River notes — Field Press, 2024-03-01\n“Its water is fresh and cold.”"), xml);

        long second = newSet("Cited two");
        teacher().contentType(ContentType.JSON).body(document).when().post("/api/sets/" + second + "/documents").then()
                .statusCode(201);
        importInto(second, "gift", gift);
        Map<String, Object> again = questions(second).stream().filter(q -> q.get("prompt").equals("Is the water cold?"))
                .findFirst().orElseThrow();
        List<Map<String, Object>> againSources = (List<Map<String, Object>>) again.get("sources");
        assertEquals(1, againSources.size());
        assertEquals("Its water is fresh and cold.", againSources.get(0).get("passage"));
        assertTrue(!againSources.get(0).get("documentId").equals(sources.get(0).get("documentId")),
                "linked to the second set's own copy of the document");
    }

    @Test
    void scoresPerSetLeaveOutOtherInstructorsClasses() {
        long set = newSet("Scored set");
        importInto(set, "gift", "Two plus two? {#4}\n\nSky is blue. {T}");
        InteropTestData.Scores scores = data.scores(set);
        String csv = teacher().when().get("/api/sets/" + set + "/scores.csv").then().statusCode(200)
                .contentType(startsWith("text/csv")).header("Content-Disposition", containsString("scored-set-scores.csv"))
                .extract().asString();
        String[] lines = csv.split("\r\n");
        assertEquals(String.join(",", ScoresExport.HEADER), lines[0]);
        assertEquals(4, lines.length, csv);
        assertTrue(csv.contains("Ada in class,"), "a learner goes by their class name");
        assertTrue(csv.contains(",Morning class,Scored set,"), csv);
        assertTrue(csv.contains("Solo,"), "answers outside any class are the set's");
        assertTrue(!csv.contains("Secret"), "another instructor's class is not shown");
        assertTrue(csv.contains(",Two plus two?,4,true,100,"), csv);
    }

    @Test
    void classScoresAreForTheClassOwnerOnly() {
        long set = newSet("Class scored set");
        importInto(set, "gift", "Two plus two? {#4}\n\nSky is blue. {T}");
        InteropTestData.Scores scores = data.scores(set);
        given().when().get("/api/classes/" + scores.ownClass() + "/scores.csv").then().statusCode(401);
        other().when().get("/api/classes/" + scores.ownClass() + "/scores.csv").then().statusCode(403);
        teacher().when().get("/api/classes/999999/scores.csv").then().statusCode(404);
        String csv = teacher().when().get("/api/classes/" + scores.ownClass() + "/scores.csv?set=" + set).then()
                .statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        String[] lines = csv.split("\r\n");
        assertEquals(3, lines.length, csv);
        assertTrue(lines[1].startsWith("Ada in class,"), lines[1]);
        assertTrue(!csv.contains("Solo"));
        String others = other().when().get("/api/classes/" + scores.otherClass() + "/scores.csv").then().statusCode(200)
                .extract().asString();
        assertTrue(others.contains("Secret"), others);
        teacher().when().get("/api/classes/" + scores.ownClass() + "/scores.csv?set=999999").then().statusCode(404);
    }

    @Test
    void openApiDocumentsTheInteropEndpointsWithExamples() {
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/sets/{id}/import"))
                .body(containsString("/api/sets/{id}/export"))
                .body(containsString("/api/classes/{classId}/scores.csv"))
                .body(containsString("What is the capital of France?"));
    }

    @Test
    void anImportThatFailsWhileStoringKeepsNothing() {
        long set = newSet("Fails midway");
        PortableQuestion good = new GiftParser().parse("Sky is blue. {T}").questions().get(0);
        PortableQuestion broken = new PortableQuestion(3, null, "No type", List.of(), "x", List.of(), null, null, null,
                null, List.of());
        ParsedFile parsed = new ParsedFile(List.of(good, good, broken), List.of(), List.of());
        org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class, () -> importer.store(set, parsed));
        assertEquals(0, questions(set).size(), "the good questions before the failure were rolled back too");
    }

    @Test
    void bundledSetsGeneratedQuestionsSurviveTheRoundTripWithTheirCitationsAsText() {
        List<Map<String, Object>> bundled = questions(1).stream()
                .filter(q -> !List.of("REJECTED", "RETIRED").contains(q.get("status"))).toList();
        String gift = teacher().when().get("/api/sets/1/export?format=gift").then().statusCode(200).extract().asString();
        long copy = newSet("Bundle copy");
        JsonPath report = importInto(copy, "gift", gift);
        assertEquals(List.of(), report.getList("errors"));
        assertEquals(bundled.size(), report.getInt("imported"));
        List<Map<String, Object>> copied = questions(copy);
        assertEquals(sameShape(bundled), sameShape(copied));
        // The copy's set has none of the bundle's documents, so each citation stays readable in the feedback.
        assertTrue(gift.contains("####Source\\: "), "exported with citations");
        String csv = teacher().when().get("/api/sets/1/export?format=csv").then().statusCode(200).extract().asString();
        assertEquals(questions(1).size() + 1, csv.split("\r\n(?=\\d+,)").length, "one row per question");
    }
}
