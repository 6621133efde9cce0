package org.citequiz.play;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citequiz.generation.QuestionType;
import org.citequiz.web.CsrfToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The student pages without JavaScript: plain form posts, redirects, and what the HTML contains. */
@QuarkusTest
class PlayPagesTest {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern QUESTION_ID = Pattern.compile("name=\"questionId\" value=\"(\\d+)\"");

    @Inject
    PlayFixture fixtures;

    PlayFixture.Fixture fixture;

    @BeforeEach
    void createSet() {
        fixture = fixtures.create();
    }

    /** A browser without JavaScript: keeps its cookies and the CSRF token of the last page. */
    final class Browser {
        final Map<String, String> cookies = new HashMap<>();
        String token;

        RequestSpecification request() {
            return given().redirects().follow(false).accept(ContentType.HTML).cookies(cookies);
        }

        ExtractableResponse<Response> get(String path) {
            return remember(request().get(path).then().extract());
        }

        ExtractableResponse<Response> post(String path, Map<String, ?> form) {
            return post(path, form, Map.of());
        }

        ExtractableResponse<Response> post(String path, Map<String, ?> form, Map<String, String> headers) {
            RequestSpecification spec = request().contentType(ContentType.URLENC.withCharset("UTF-8"))
                    .headers(headers);
            form.forEach((k, v) -> {
                if (v instanceof List<?> list) {
                    spec.formParam(k, list.toArray());
                } else {
                    spec.formParam(k, v);
                }
            });
            return remember(spec.post(path).then().extract());
        }

        ExtractableResponse<Response> remember(ExtractableResponse<Response> r) {
            cookies.putAll(r.cookies());
            Matcher m = CSRF_FIELD.matcher(r.asString());
            if (m.find()) {
                token = m.group(1);
            }
            return r;
        }

        String start(String name) {
            assertEquals(200, get("/play/sets/" + fixture.setId()).statusCode());
            ExtractableResponse<Response> r = post("/play/sets/" + fixture.setId(),
                    Map.of("learnerName", name, "classCode", "", CsrfToken.FIELD, token));
            assertEquals(303, r.statusCode(), r.asString());
            assertNotNull(cookies.get(LearnerCookie.NAME));
            return r.header("Location").replaceAll("^.*/play/attempts/", "");
        }

        Map<String, Object> answerForm(long questionId, Object response) {
            Map<String, Object> form = new HashMap<>();
            form.put(CsrfToken.FIELD, token);
            form.put("questionId", questionId);
            if (response instanceof List<?> items) {
                form.put("item", items);
                List<String> ranks = new ArrayList<>();
                for (int i = 1; i <= items.size(); i++) {
                    ranks.add(String.valueOf(i));
                }
                form.put("rank", ranks);
            } else {
                form.put("response", response);
            }
            return form;
        }
    }

    private static long questionIdOf(String html) {
        Matcher m = QUESTION_ID.matcher(html);
        assertTrue(m.find(), "the question page names its question");
        return Long.parseLong(m.group(1));
    }

    @Test
    void homePageOffersEverySetAQuiz() {
        given().accept(ContentType.HTML).get("/").then().statusCode(200)
                .body(containsString("href=\"/play/sets/" + fixture.setId() + "\""))
                .body(containsString("Start quiz"));
    }

    @Test
    void aWholeQuizWithoutJavaScript() {
        Browser browser = new Browser();
        String attempt = browser.start("Ada");
        int points = 0;
        for (int position = 1; position <= 6; position++) {
            ExtractableResponse<Response> page = browser.get("/play/attempts/" + attempt);
            assertEquals(200, page.statusCode());
            String html = page.asString();
            assertThat(html, containsString("Question " + position + " of 6"));
            assertThat(html, containsString("<progress value=\"" + (position - 1) + "\" max=\"6\""));
            assertThat(html, containsString("Score: <strong id=\"score\">" + points + "</strong>"));
            assertThat(html, containsString("How scoring works"));
            long id = questionIdOf(html);
            PlayFixture.Keyed key = fixture.questions().get(id);
            assertInputFits(key.type(), html);
            boolean right = position != 2;
            ExtractableResponse<Response> posted = browser.post("/play/attempts/" + attempt,
                    browser.answerForm(id, right ? key.right() : key.wrong()));
            assertEquals(303, posted.statusCode(), posted.asString());
            String feedbackUrl = "/play/attempts/" + attempt + "/answers/" + id;
            assertThat(posted.header("Location"), endsWith(feedbackUrl));
            points += right ? 100 : key.type() == QuestionType.ORDERING ? 33 : 0;
            String feedback = browser.get(feedbackUrl).response().then().statusCode(200).extract().asString();
            assertThat(feedback, containsString("aria-live=\"polite\""));
            // a wrong order still scores the items in place (the fixture's wrong order gets a third right)
            assertThat(feedback, containsString(right ? "Correct!"
                    : key.type() == QuestionType.ORDERING ? "Partly right" : "Not quite"));
            assertThat(feedback, containsString(escape(key.answer())));
            assertThat(feedback, containsString("<strong class=\"total-score\">" + points + "</strong>"));
            assertCitations(feedback, key.type());
            assertThat(feedback, containsString(position == 6 ? "See your results" : "Next question"));
        }
        ExtractableResponse<Response> finished = browser.get("/play/attempts/" + attempt);
        assertEquals(303, finished.statusCode());
        String summary = browser.get("/play/attempts/" + attempt + "/summary").response().then().statusCode(200).extract()
                .asString();
        assertThat(summary, containsString(points + " of 600 points"));
        assertThat(summary, containsString("5 of 6 correct (83%)"));
        assertThat(summary, containsString("Time taken"));
        assertThat(summary, containsString("Reading list"));
        assertEquals(6, count(summary, "<li class=\"card is-"), "every question is reviewed");
        String history = browser.get("/play/history").response().then().statusCode(200).extract().asString();
        assertThat(history, containsString("/play/attempts/" + attempt + "/summary"));
        assertThat(history, containsString(LearnerNames.formatResumeCode(fixtures.resumeCodeOfAttempt(attempt))));
    }

    @Test
    void htmxGetsTheFeedbackCardAlone() {
        Browser browser = new Browser();
        String attempt = browser.start("Ada");
        long id = questionIdOf(browser.get("/play/attempts/" + attempt).asString());
        PlayFixture.Keyed key = fixture.questions().get(id);
        Map<String, String> htmx = Map.of("HX-Request", "true", CsrfToken.HEADER, browser.token);
        ExtractableResponse<Response> r = browser.post("/play/attempts/" + attempt, browser.answerForm(id, key.right()),
                htmx);
        assertEquals(200, r.statusCode(), r.asString());
        assertThat(r.asString(), not(containsString("<html")));
        assertThat(r.asString(), containsString("Correct!"));
        assertThat(r.asString(), containsString("data-autofocus"));
        assertEquals("/play/attempts/" + attempt + "/answers/" + id, r.header("HX-Push-Url"));
        // The progress and the running score above the card are swapped out of band.
        assertThat(r.asString(), containsString("id=\"quiz-status\" hx-swap-oob=\"true\""));
        assertThat(r.asString(), containsString("1 of "));
        assertThat(r.asString(), containsString("<strong id=\"score\">100</strong>"));
        // The same answer again (a second tab): htmx is sent back to where the quiz stands, nothing changes.
        ExtractableResponse<Response> again = browser.post("/play/attempts/" + attempt,
                browser.answerForm(id, key.wrong()), htmx);
        assertEquals("/play/attempts/" + attempt, again.header("HX-Redirect"));
        assertEquals(100, fixtures.attemptRow(attempt).get("totalPoints"));
        assertEquals(1, fixtures.attemptRow(attempt).get("responses"));
    }

    @Test
    void learnerInputIsEscaped() {
        Browser browser = new Browser();
        String attempt = browser.start("<script>alert(1)</script>");
        String page = browser.get("/play/attempts/" + attempt).asString();
        assertThat(page, not(containsString("<script>alert(1)</script>")));
        assertThat(page, containsString("&lt;script&gt;alert(1)&lt;/script&gt;"));
        long id = questionIdOf(page);
        PlayFixture.Keyed key = fixture.questions().get(id);
        Object typed = key.type() == QuestionType.SHORT_ANSWER || key.type() == QuestionType.FILL_IN_BLANK
                ? "<img src=x onerror=alert(2)>" : key.wrong();
        browser.post("/play/attempts/" + attempt, browser.answerForm(id, typed));
        String feedback = browser.get("/play/attempts/" + attempt + "/answers/" + id).asString();
        assertThat(feedback, not(containsString("<img src=x")));
        assertThat(feedback, not(containsString("<script>alert(1)</script>")));
        String history = browser.get("/play/history").asString();
        assertThat(history, containsString("&lt;script&gt;"));
        assertThat(history, not(containsString("<script>alert(1)</script>")));
    }

    @Test
    void aBadNameRedisplaysTheFormWithTheReason() {
        Browser browser = new Browser();
        browser.get("/play/sets/" + fixture.setId());
        ExtractableResponse<Response> r = browser.post("/play/sets/" + fixture.setId(),
                Map.of("learnerName", "   ", CsrfToken.FIELD, browser.token));
        assertEquals(400, r.statusCode());
        assertThat(r.asString(), containsString("Enter a display name."));
        assertThat(r.asString(), containsString("role=\"alert\""));
        assertNull(r.cookie(LearnerCookie.NAME));
    }

    @Test
    void anUnfilledAnswerAsksAgainOnTheSameQuestion() {
        Browser browser = new Browser();
        String attempt = browser.start("Ada");
        long id = questionIdOf(browser.get("/play/attempts/" + attempt).asString());
        ExtractableResponse<Response> r = browser.post("/play/attempts/" + attempt,
                Map.of(CsrfToken.FIELD, browser.token, "questionId", id, "response", " "));
        assertEquals(400, r.statusCode());
        assertEquals(id, questionIdOf(r.asString()));
        assertThat(r.asString(), containsString("role=\"alert\""));
        assertEquals(0, fixtures.attemptRow(attempt).get("responses"));
    }

    @Test
    void orderingPositionsMustDiffer() {
        Browser browser = new Browser();
        String attempt = browser.start("Ada");
        for (int i = 0; i < 6; i++) {
            String page = browser.get("/play/attempts/" + attempt).asString();
            long id = questionIdOf(page);
            PlayFixture.Keyed key = fixture.questions().get(id);
            if (key.type() == QuestionType.ORDERING) {
                Map<String, Object> form = browser.answerForm(id, key.right());
                form.put("rank", List.of("1", "1", "2"));
                ExtractableResponse<Response> r = browser.post("/play/attempts/" + attempt, form);
                assertEquals(400, r.statusCode());
                assertThat(r.asString(), containsString("different position"));
                // Positions given in page order: the same items in another page order still score by position.
                List<String> right = new ArrayList<>((List<String>) key.right());
                form.put("item", List.of(right.get(2), right.get(0), right.get(1)));
                form.put("rank", List.of("3", "1", "2"));
                assertEquals(303, browser.post("/play/attempts/" + attempt, form).statusCode());
                assertEquals(100, fixtures.attemptRow(attempt).get("totalPoints"));
                return;
            }
            browser.post("/play/attempts/" + attempt, browser.answerForm(id, key.wrong()));
        }
        fail("the ordering question was never asked");
    }

    @Test
    void theAnswerIsNotInTheQuestionPage() {
        // A whole-word search over text and attribute values, so that a random id like "84f29095" is no false alarm.
        Browser browser = new Browser();
        String attempt = browser.start("Ada");
        for (int i = 0; i < 6; i++) {
            String html = browser.get("/play/attempts/" + attempt).asString();
            long id = questionIdOf(html);
            PlayFixture.Keyed key = fixture.questions().get(id);
            if (key.type() != QuestionType.MULTIPLE_CHOICE && key.type() != QuestionType.ORDERING
                    && key.type() != QuestionType.TRUE_FALSE) {
                assertFalse(showsWord(html, key.answer()), key.answer() + " shown in " + html);
            }
            for (String accepted : key.accepted()) {
                assertFalse(showsWord(html, accepted), accepted + " shown in " + html);
            }
            if (key.type() == QuestionType.MULTIPLE_CHOICE || key.type() == QuestionType.TRUE_FALSE) {
                // Every choice is marked up the same way: nothing tells the right one apart.
                Matcher radios = Pattern.compile("<label class=\"choice\"[^>]*>(<input [^>]*>)").matcher(html);
                List<String> shapes = new ArrayList<>();
                while (radios.find()) {
                    shapes.add(radios.group(1).replaceAll("(id|value)=\"[^\"]*\"", ""));
                }
                assertTrue(shapes.size() >= 2, html);
                assertEquals(1, shapes.stream().distinct().count(), shapes.toString());
                assertThat(html, not(containsString("checked")));
                assertThat(html, not(containsString("data-correct")));
            }
            if (key.type() == QuestionType.ORDERING) {
                List<String> shown = new ArrayList<>();
                Matcher items = Pattern.compile("name=\"item\" value=\"([^\"]*)\"").matcher(html);
                while (items.find()) {
                    shown.add(items.group(1));
                }
                assertNotEquals(key.right(), shown, "never shown in the right order");
            }
            browser.post("/play/attempts/" + attempt, browser.answerForm(id, key.right()));
        }
    }

    @Test
    void aFormPostWithoutTheTokenIsRefusedAndChangesNothing() {
        Browser browser = new Browser();
        String attempt = browser.start("Ada");
        long id = questionIdOf(browser.get("/play/attempts/" + attempt).asString());
        PlayFixture.Keyed key = fixture.questions().get(id);
        Map<String, Object> form = browser.answerForm(id, key.right());
        form.remove(CsrfToken.FIELD);
        ExtractableResponse<Response> r = browser.post("/play/attempts/" + attempt, form);
        assertEquals(403, r.statusCode());
        Map<String, Object> wrongToken = browser.answerForm(id, key.right());
        wrongToken.put(CsrfToken.FIELD, "not-the-token");
        assertEquals(403, browser.post("/play/attempts/" + attempt, wrongToken).statusCode());
        ExtractableResponse<Response> foreign = browser.post("/play/attempts/" + attempt,
                browser.answerForm(id, key.right()), Map.of("Origin", "https://evil.example"));
        assertEquals(403, foreign.statusCode());
        assertEquals(0, fixtures.attemptRow(attempt).get("responses"));
        assertEquals(0, fixtures.attemptRow(attempt).get("answered"));
        // Starting a quiz from another site is refused too.
        assertEquals(403, browser.post("/play/sets/" + fixture.setId(), Map.of("learnerName", "Ada")).statusCode());
        // With the token the same answer goes through.
        assertEquals(303, browser.post("/play/attempts/" + attempt, browser.answerForm(id, key.right())).statusCode());
    }

    @Test
    void someoneElsesAttemptPagesAreNotFound() {
        Browser owner = new Browser();
        String attempt = owner.start("Ada");
        long id = questionIdOf(owner.get("/play/attempts/" + attempt).asString());
        owner.post("/play/attempts/" + attempt, owner.answerForm(id, fixture.questions().get(id).right()));
        Browser other = new Browser();
        other.start("Eve");
        for (String path : List.of("", "/summary", "/answers/" + id)) {
            ExtractableResponse<Response> r = other.get("/play/attempts/" + attempt + path);
            assertEquals(404, r.statusCode(), path);
            assertThat(r.asString(), not(containsString("Ada")));
        }
        assertEquals(404, given().accept(ContentType.HTML).get("/play/attempts/" + attempt).statusCode());
        // And an unanswered question has no feedback page yet, even for the owner.
        long unanswered = fixture.questions().keySet().stream().filter(q -> q != id).findFirst().orElseThrow();
        assertEquals(404, owner.get("/play/attempts/" + attempt + "/answers/" + unanswered).statusCode());
    }

    @Test
    void theResumeFormMovesTheLearner() {
        Browser phone = new Browser();
        String attempt = phone.start("Ada");
        String code = fixtures.resumeCodeOfAttempt(attempt);
        Browser laptop = new Browser();
        laptop.get("/play/resume");
        ExtractableResponse<Response> bad = laptop.post("/play/resume",
                Map.of("resumeCode", "ZZZZ-ZZZZ", CsrfToken.FIELD, laptop.token));
        assertEquals(400, bad.statusCode());
        assertThat(bad.asString(), containsString("No learner has that resume code"));
        ExtractableResponse<Response> ok = laptop.post("/play/resume",
                Map.of("resumeCode", code.toLowerCase(), CsrfToken.FIELD, laptop.token));
        assertEquals(303, ok.statusCode());
        assertThat(laptop.get("/play/history").asString(), containsString("/play/attempts/" + attempt));
        assertEquals(200, laptop.get("/play/attempts/" + attempt).statusCode());
    }

    private void assertInputFits(QuestionType type, String html) {
        switch (type) {
            case MULTIPLE_CHOICE, TRUE_FALSE -> {
                assertThat(html, containsString("<fieldset"));
                assertThat(html, containsString("<legend>Choose one answer</legend>"));
                assertThat(html, containsString("type=\"radio\""));
            }
            case NUMERIC -> assertThat(html, containsString("type=\"number\""));
            case SHORT_ANSWER, FILL_IN_BLANK -> {
                assertThat(html, containsString("<label for=\"response\">Your answer</label>"));
                assertThat(html, containsString("type=\"text\" id=\"response\""));
            }
            case ORDERING -> {
                assertThat(html, containsString("<select id=\"rank-0\" name=\"rank\""));
                assertThat(html, containsString("data-move=\"up\""));
            }
        }
    }

    private void assertCitations(String html, QuestionType type) {
        Matcher link = Pattern.compile("href=\"/documents/(\\d+)\\?highlight=(\\d+)-(\\d+)#highlight\"").matcher(html);
        int links = 0;
        while (link.find()) {
            links++;
            boolean first = Long.parseLong(link.group(1)) == fixture.documentId();
            String text = first ? PlayFixture.FIRST_TEXT : PlayFixture.SECOND_TEXT;
            String passage = text.substring(Integer.parseInt(link.group(2)), Integer.parseInt(link.group(3)));
            assertThat(html, containsString("<blockquote>" + escape(passage) + "</blockquote>"));
            assertThat(html, containsString(first ? "Harbour council opens" : "Pilots trained together"));
            assertThat(html, containsString(first ? "The Harbour Gazette" : "Port Weekly"));
            assertThat(html, containsString(first ? "4 March 2004" : "10 January 2005"));
        }
        assertEquals(type == QuestionType.ORDERING ? 2 : 1, links);
    }

    private static int count(String html, String needle) {
        return html.split(Pattern.quote(needle), -1).length - 1;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static boolean showsWord(String html, String word) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])").matcher(html).find();
    }
}
