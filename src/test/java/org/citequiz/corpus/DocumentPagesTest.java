package org.citequiz.corpus;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DocumentPagesTest {

    @Inject
    DocumentIngestor ingestor;

    private static String page(String path) {
        return given().accept(ContentType.HTML).get(path).then().statusCode(200).contentType(ContentType.HTML)
                .extract().asString();
    }

    @Test
    void documentPageShowsTheArticleWithEverySentenceAddressableAndBoilerplateMuted() {
        long setId = DocumentResourceTest.bundledSetId();
        long id = DocumentResourceTest.bundledDocuments().get("NATO, Russia Paper Over Differences");
        JsonPath doc = given().get("/api/documents/" + id).then().extract().jsonPath();
        String html = page("/documents/" + id);
        assertTrue(html.matches("(?s).*<h1 id=\"document-title\"[^>]*>.*NATO, Russia Paper Over Differences.*</h1>.*"), html);
        assertTrue(html.contains("Radio Free Europe/Radio Liberty"));
        assertTrue(html.contains("4 December 2009"));
        assertTrue(html.contains("href=\"/play/sets/" + setId + "\""), "links back to its set");
        for (Map<String, Object> p : doc.<Map<String, Object>>getList("passages")) {
            assertTrue(html.contains("id=\"p-" + p.get("id") + "\""), "passage " + p + " has an anchor");
        }
        // The legal notice is shown, muted, not as article text.
        assertTrue(html.matches("(?s).*<span class=\"boilerplate reason-legal\"[^>]*>To find out more, click here\\.</span>.*"));
        assertTrue(html.matches("(?s).*class=\"boilerplate reason-duplicate\"[^>]*>Russian Foreign Minister Sergei Lavrov said existing.*"));
        assertTrue(html.contains("<h2 class=\"excluded reason-heading\"><span class=\"boilerplate reason-heading\""));
        assertTrue(!html.contains("older version"));
    }

    @Test
    void highlightParameterMarksExactlyThatRangeAcrossSentences() {
        long id = DocumentResourceTest.bundledDocuments().get("NATO, Russia Paper Over Differences");
        JsonPath doc = given().get("/api/documents/" + id).then().extract().jsonPath();
        String text = doc.getString("text");
        List<Map<String, Object>> sentences = doc.<Map<String, Object>>getList("passages").stream()
                .filter(p -> p.get("kind").equals("sentence")).toList();
        // Two consecutive sentences of the same paragraph: the range starts inside one and ends inside the next.
        Map<String, Object> first = null;
        Map<String, Object> second = null;
        for (int i = 1; i < sentences.size(); i++) {
            int gapStart = (Integer) sentences.get(i - 1).get("end");
            int gapEnd = (Integer) sentences.get(i).get("start");
            if (!text.substring(gapStart, gapEnd).contains("\n")) {
                first = sentences.get(i - 1);
                second = sentences.get(i);
                break;
            }
        }
        int start = (Integer) first.get("start") + 4;
        int end = (Integer) second.get("start") + 12;
        String html = page("/documents/" + id + "?highlight=" + start + "-" + end);
        Matcher marks = Pattern.compile("<mark( id=\"highlight\")?>(.*?)</mark>", Pattern.DOTALL).matcher(html);
        List<String> pieces = new ArrayList<>();
        int anchors = 0;
        while (marks.find()) {
            pieces.add(unescape(marks.group(2)));
            if (marks.group(1) != null) {
                assertEquals(0, pieces.size() - 1, "the anchor is on the first highlighted piece");
                anchors++;
            }
        }
        assertEquals(1, anchors);
        assertTrue(pieces.size() >= 2, "split at the sentence edge");
        assertEquals(text.substring(start, end), String.join("", pieces));
        assertTrue(html.contains("<a href=\"#highlight\">"), "a no-JavaScript link to the highlight");
        assertEquals("/documents/7?highlight=1-5#highlight", DocumentPages.link(7, 1, 5));

        String plain = page("/documents/" + id);
        assertTrue(!plain.contains("<mark"));
    }

    @Test
    void invalidHighlightIsAClearError() {
        long id = DocumentResourceTest.bundledDocuments().get("NATO, Russia Paper Over Differences");
        given().accept(ContentType.HTML).get("/documents/" + id + "?highlight=50-10").then().statusCode(400)
                .contentType(ContentType.HTML).body(containsString("not a range inside this document"));
        given().accept(ContentType.HTML).get("/documents/" + id + "?highlight=abc").then().statusCode(400)
                .body(containsString("highlight must be start-end"));
        given().accept(ContentType.HTML).get("/documents/" + id + "?highlight=0-99999999").then().statusCode(400);
        given().accept(ContentType.HTML).get("/documents/424242").then().statusCode(404).contentType(ContentType.HTML);
    }

    @Test
    void markupInADocumentIsShownAsText() {
        long setId = given().auth().preemptive().basic("teacher", "teacher-test").contentType(ContentType.JSON)
                .body(Map.of("title", "Escaping " + System.nanoTime())).post("/api/sets").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        String text = "Tags & Tricks\n\nThe page said <script>alert('x')</script> and \"<b>bold</b>\" twice.\n";
        long docId = given().auth().preemptive().basic("teacher", "teacher-test").contentType(ContentType.JSON)
                .body(Map.of("title", "<i>Title</i>", "text", text)).post("/api/sets/" + setId + "/documents")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        String html = page("/documents/" + docId + "?highlight=15-28");
        assertTrue(!html.contains("<script>alert"), "no live script");
        assertTrue(!html.contains("<b>bold"), "no live markup");
        assertTrue(!html.contains("<i>Title"), "title escaped");
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), html);
        assertTrue(html.contains("Tags &amp; Tricks"));
        assertTrue(html.contains("&lt;i&gt;Title&lt;/i&gt; · Citequiz"), "page title escaped");
        assertTrue(html.contains("<mark id=\"highlight\">The page said</mark>"), html);
    }

    @Test
    void olderVersionStaysReadableAndPointsToTheCurrentOne() {
        long setId = given().auth().preemptive().basic("teacher", "teacher-test").contentType(ContentType.JSON)
                .body(Map.of("title", "Versions " + System.nanoTime())).post("/api/sets").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        String v1Text = "Dam Opens\n\nThe dam opened in 2019. It cost $2 billion.\n";
        String v2Text = "Dam Opens\n\nThe dam opened in 2019. It cost $2.4 billion, officials said later.\n";
        long v1 = QuarkusTransaction.requiringNew().call(() -> ingestor.store(setId,
                new NewDocument("dam", "Dam Opens", null, null, DateSource.UNKNOWN, v1Text)).document().id);
        long v2 = QuarkusTransaction.requiringNew().call(() -> ingestor.store(setId,
                new NewDocument("dam", "Dam Opens", null, null, DateSource.UNKNOWN, v2Text)).document().id);
        assertTrue(v2 != v1);
        String old = page("/documents/" + v1);
        assertTrue(old.contains("an older version"));
        assertTrue(old.contains("href=\"/documents/" + v2 + "\""));
        assertTrue(old.contains("It cost $2 billion."));
        String current = page("/documents/" + v2);
        assertTrue(!current.contains("an older version"));
        given().get("/api/documents/" + v1).then().statusCode(200).body("current", is(false)).body("version", is(1))
                .body("text", is(v1Text));
        given().get("/api/documents/" + v2).then().statusCode(200).body("current", is(true)).body("version", is(2))
                .body("dateSource", is("unknown")).body("publishedOn", is((Object) null))
                .body("text", not(v1Text));
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
