package org.citequiz.questionset;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.RequestOptions;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * An instructor signs in, creates a set, uploads their own document, edits one generated question, rejects
 * another and publishes; a learner's browser then gets the edited question and never the rejected one.
 */
@QuarkusTest
@Tag("browser")
class InstructorBrowserTest {

    static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    static final Path SHOTS = Paths.get("target/screenshots");

    static final ObjectMapper JSON = new ObjectMapper();

    static Playwright playwright;
    static Browser browser;

    @TestHTTPResource("/")
    URL base;

    @BeforeAll
    static void launch() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed");
        Files.createDirectories(SHOTS);
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setHeadless(true)
                .setExecutablePath(CHROMIUM)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run")));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    @Test
    void instructorReviewsTheirOwnDocumentAndLearnersSeeTheResult() throws Exception {
        String title = "Rosetta readings " + System.nanoTime() % 10000;
        BrowserContext instructor = browser.newContext();
        Page page = instructor.newPage();

        page.navigate(url("/login"));
        page.getByLabel("Username").fill("teacher");
        page.getByLabel("Password").fill("teacher-test");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Sign in")).click();
        PlaywrightAssertions.assertThat(page.locator("h1")).hasText("My question sets");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("instructor-1-dashboard.png")));

        page.locator("#title").fill(title);
        page.locator("button:has-text('Create set')").click();
        PlaywrightAssertions.assertThat(page.locator("h1")).hasText(title);
        long setId = Long.parseLong(page.url().replaceAll(".*/sets/(\\d+).*", "$1"));

        page.locator("#file").setInputFiles(Paths.get("src/test/resources/instructor/rosetta.txt"));
        page.locator("button:has-text('Add and generate questions')").click();
        PlaywrightAssertions.assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS))
                .containsText("Document added");
        PlaywrightAssertions.assertThat(page.locator("td.question-count").first()).not().hasText("0");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("instructor-2-set.png")).setFullPage(true));

        page.locator("a:has-text('Review questions')").click();
        Locator cards = page.locator("article.review-card");
        assertTrue(cards.count() >= 2, "several generated questions to review");
        PlaywrightAssertions.assertThat(cards.first().locator("mark")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("instructor-3-review.png")).setFullPage(true));

        long editedId = Long.parseLong(cards.first().getAttribute("data-question-id"));
        cards.first().locator("a:has-text('Edit')").click();
        page.locator("#prompt").fill("When did the lander Philae touch down on the comet? (edited)");
        page.locator("button:has-text('Save and approve')").click();
        PlaywrightAssertions.assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS))
                .containsText("saved and approved");

        Locator toReject = page.locator("article.review-card").first();
        long rejectedId = Long.parseLong(toReject.getAttribute("data-question-id"));
        assertNotEquals(editedId, rejectedId);
        toReject.locator("button:has-text('Reject')").click();
        // htmx swaps just this card for its rejected version.
        PlaywrightAssertions.assertThat(page.locator("#q" + rejectedId + " .status")).hasText("REJECTED");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("instructor-4-rejected.png")).setFullPage(true));

        page.navigate(url("/instructor/sets/" + setId));
        page.locator("button:has-text('Publish')").click();
        PlaywrightAssertions.assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS))
                .containsText("Published");
        instructor.close();

        // A learner's browser: the set is listed, instructor pages are closed to it.
        BrowserContext learner = browser.newContext();
        Page student = learner.newPage();
        student.navigate(url("/"));
        PlaywrightAssertions.assertThat(student.locator("body")).containsText(title);
        student.navigate(url("/instructor/sets/" + setId + "/review"));
        assertTrue(student.url().contains("/login"), student.url());
        student.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("instructor-5-learner.png")));

        // The learner plays the set through the play API: every question handed out is checked.
        APIResponse started = learner.request().post(url("/api/play/attempts"),
                RequestOptions.create().setData(Map.of("setId", setId, "learnerName", "Ada")));
        assertEquals(201, started.status(), started.text());
        String attemptId = JSON.readTree(started.text()).get("attemptId").asText();
        List<Long> served = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            APIResponse next = learner.request().get(url("/api/play/attempts/" + attemptId + "/next"));
            if (next.status() == 204) {
                break;
            }
            JsonNode question = JSON.readTree(next.text());
            long questionId = question.get("questionId").asLong();
            served.add(questionId);
            if (questionId == editedId) {
                assertEquals("When did the lander Philae touch down on the comet? (edited)",
                        question.get("prompt").asText());
            }
            learner.request().post(url("/api/play/attempts/" + attemptId + "/responses"),
                    RequestOptions.create().setData(Map.of("questionId", questionId, "response", "2014")));
        }
        assertTrue(served.contains(editedId), "the learner got the edited question: " + served);
        assertFalse(served.contains(rejectedId), "the learner never got the rejected question: " + served);
        learner.close();

        // What play hands out to learners (Question.playableOfSet): the edited question, never the rejected one.
        List<Question> playable = QuarkusTransaction.requiringNew().call(() -> Question.playableOfSet(setId));
        List<Long> ids = playable.stream().map(q -> q.id).toList();
        assertTrue(ids.contains(editedId), "edited question is playable");
        assertFalse(ids.contains(rejectedId), "rejected question never reaches learners");
        assertEquals("When did the lander Philae touch down on the comet? (edited)",
                playable.stream().filter(q -> q.id == editedId).findFirst().orElseThrow().prompt);
    }
}
