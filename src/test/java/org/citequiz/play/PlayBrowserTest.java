package org.citequiz.play;

import static org.junit.jupiter.api.Assertions.*;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.logging.Log;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Pattern;
import org.citequiz.generation.QuestionType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** What a student sees and does in a real browser: Debian's Chromium driven by Playwright. */
@QuarkusTest
@Tag("browser")
class PlayBrowserTest {

    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final Path SHOTS = Paths.get("target", "screenshots");
    private static final Pattern SOURCE_HREF = Pattern.compile("/documents/\\d+\\?highlight=\\d+-\\d+#highlight");

    static Playwright playwright;
    static Browser browser;

    @TestHTTPResource("/")
    URL base;

    @Inject
    PlayFixture fixtures;

    PlayFixture.Fixture fixture;
    BrowserContext context;
    Page page;

    @BeforeAll
    static void launch() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at /usr/bin/chromium");
        Files.createDirectories(SHOTS);
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
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

    @BeforeEach
    void open() {
        fixture = fixtures.create();
        context = browser.newContext(new Browser.NewContextOptions().setBaseURL(base.toString())
                .setViewportSize(390, 844)); // a phone-sized screen
        page = context.newPage();
        page.setDefaultTimeout(20_000);
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void aStudentTakesAWholeQuizRightAndWrongAndKeepsTheScoreOnRefresh() {
        page.navigate("/");
        page.locator("a[href='/play/sets/" + fixture.setId() + "']").click();
        page.getByLabel("Your display name").fill("Ada <b>Lovelace</b>");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start quiz")).click();
        page.waitForURL("**/play/attempts/*");
        shot("01-first-question");
        assertTrue(page.locator("#progress-label").textContent().contains("Question 1 of 6"));
        assertTrue(page.content().contains("Ada &lt;b&gt;Lovelace&lt;/b&gt;"), "the name is shown escaped");
        assertFalse((Boolean) page.evaluate("document.cookie.includes('" + LearnerCookie.NAME + "')"),
                "the learner cookie is HttpOnly");

        int points = 0;
        boolean followedSource = false;
        for (int position = 1; position <= 6; position++) {
            assertTrue(page.locator("#progress-label").textContent().contains("Question " + position + " of 6"));
            assertEquals(String.valueOf(points), page.locator("#score").textContent());
            PlayFixture.Keyed key = currentQuestion();
            boolean right = position % 2 == 1;
            answerWithMouse(key, right);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check answer")).click();
            Locator feedback = page.locator("#feedback");
            feedback.waitFor();
            points += right ? 100 : key.type() == QuestionType.ORDERING ? 33 : 0;
            assertEquals(right ? "Correct!" : key.type() == QuestionType.ORDERING ? "Partly right" : "Not quite",
                    page.locator(".verdict").textContent().replaceAll("\\+\\d+ points", "").strip());
            assertEquals(String.valueOf(points), page.locator(".total-score").textContent());
            // the progress bar and running score above the card follow the answer (htmx swaps them out of band)
            assertEquals(String.valueOf(points), page.locator("#score").textContent());
            assertTrue(page.locator("#progress-label").textContent().contains(position + " of 6 answered"),
                    page.locator("#progress-label").textContent());
            assertEquals(String.valueOf(position), page.locator("progress").getAttribute("value"));
            assertFalse(page.locator("blockquote").first().textContent().isBlank(), "the passage is quoted");
            shot("02-feedback-" + position);
            Locator source = page.locator("a.source-link").first();
            String href = source.getAttribute("href");
            assertTrue(SOURCE_HREF.matcher(href).matches(), href);
            if (!followedSource) {
                followedSource = true;
                followSource(source, href, page.locator("blockquote").first().textContent());
            }
            if (position == 3) {
                // A refresh mid-quiz keeps the score: the server holds it.
                page.reload();
                assertEquals(String.valueOf(points), page.locator(".total-score").textContent());
                shot("03-after-refresh");
            }
            page.locator("#next").click();
        }
        page.waitForURL("**/summary");
        shot("04-summary");
        assertTrue(page.locator("#final-score").textContent().contains(points + " of 600 points"));
        assertTrue(page.locator("#accuracy").textContent().contains("3 of 6 correct (50%)"));
        assertTrue(page.locator("#time-taken").isVisible());
        assertTrue(page.locator(".reading-list li").count() >= 1, "missed questions give a reading list");
        page.navigate("/play/history");
        assertTrue(page.locator("table").textContent().contains(String.valueOf(points)));
        shot("05-history");
    }

    @Test
    void aStudentTakesTheQuizWithTheKeyboardOnly() {
        page.navigate("/play/sets/" + fixture.setId());
        tabTo("#learnerName");
        page.keyboard().type("Keyboard Kim");
        page.keyboard().press("Enter");
        page.waitForURL("**/play/attempts/*");
        for (int position = 1; position <= 6; position++) {
            PlayFixture.Keyed key = currentQuestion();
            answerWithKeyboard(key);
            tabTo("button[type=submit]");
            page.keyboard().press("Enter");
            page.locator("#feedback").waitFor();
            assertEquals("Correct!", page.locator(".verdict").textContent().replaceAll("\\+\\d+ points", "").strip(),
                    "question " + position + " (" + key.type() + ")");
            assertTrue((Boolean) page.evaluate("document.activeElement.id === 'feedback'"),
                    "focus moves to the feedback");
            shot("10-keyboard-feedback-" + position);
            tabTo("#next");
            page.keyboard().press("Enter");
            page.waitForLoadState();
        }
        page.waitForURL("**/summary");
        assertTrue(page.locator("#final-score").textContent().contains("600 of 600 points"));
        shot("11-keyboard-summary");
    }

    @Test
    void theQuizWorksWithJavaScriptOff() {
        context.close();
        context = browser.newContext(new Browser.NewContextOptions().setBaseURL(base.toString())
                .setJavaScriptEnabled(false));
        page = context.newPage();
        page.navigate("/play/sets/" + fixture.setId());
        page.getByLabel("Your display name").fill("No Script");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start quiz")).click();
        for (int position = 1; position <= 6; position++) {
            page.waitForURL("**/play/attempts/*");
            PlayFixture.Keyed key = currentQuestion();
            if (key.type() == QuestionType.ORDERING) {
                List<String> order = (List<String>) key.right();
                Locator items = page.locator("li.order-item");
                for (int i = 0; i < items.count(); i++) {
                    String text = items.nth(i).locator(".item-text").textContent();
                    items.nth(i).locator("select").selectOption(String.valueOf(order.indexOf(text) + 1));
                }
            } else {
                answerWithMouse(key, true);
            }
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check answer")).click();
            page.waitForURL("**/answers/*");
            assertTrue(page.locator(".verdict").textContent().contains("Correct!"));
            page.locator("#next").click();
        }
        page.waitForURL("**/summary");
        assertTrue(page.locator("#final-score").textContent().contains("600 of 600 points"));
        shot("20-no-js-summary");
    }

    private PlayFixture.Keyed currentQuestion() {
        long id = Long.parseLong(page.locator("input[name=questionId]").getAttribute("value"));
        return fixture.questions().get(id);
    }

    @SuppressWarnings("unchecked")
    private void answerWithMouse(PlayFixture.Keyed key, boolean right) {
        Object response = right ? key.right() : key.wrong();
        switch (key.type()) {
            case MULTIPLE_CHOICE, TRUE_FALSE -> page.locator("input[type=radio][value='" + response + "']").check();
            case NUMERIC -> page.locator("#response").fill(right ? "112" : "100");
            case SHORT_ANSWER, FILL_IN_BLANK -> page.locator("#response").fill((String) response);
            case ORDERING -> {
                // Choosing a position moves the item there (with JavaScript); first to last gives the order.
                List<String> order = (List<String>) response;
                for (int i = 0; i < order.size(); i++) {
                    Locator item = page.locator("li.order-item").filter(new Locator.FilterOptions().setHasText(order.get(i)));
                    item.locator("select").selectOption(String.valueOf(i + 1));
                }
                Locator texts = page.locator("li.order-item .item-text");
                for (int i = 0; i < order.size(); i++) {
                    assertEquals(order.get(i), texts.nth(i).textContent());
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void answerWithKeyboard(PlayFixture.Keyed key) {
        switch (key.type()) {
            case MULTIPLE_CHOICE, TRUE_FALSE -> {
                tabTo("input[type=radio]");
                page.keyboard().press("Space");
                // Arrow keys move the choice within the group until the wanted one is checked.
                for (int i = 0; i < 6 && !(Boolean) page.evaluate("document.activeElement.value === '"
                        + key.right() + "'"); i++) {
                    page.keyboard().press("ArrowDown");
                }
            }
            case NUMERIC -> {
                tabTo("#response");
                page.keyboard().type("112");
            }
            case SHORT_ANSWER, FILL_IN_BLANK -> {
                tabTo("#response");
                page.keyboard().type((String) key.right());
            }
            case ORDERING -> {
                List<String> order = (List<String>) key.right();
                for (int target = 0; target < order.size(); target++) {
                    String item = order.get(target);
                    String upButton = "button[aria-label='Move up: " + item + "']";
                    tabTo(upButton);
                    while (currentIndexOf(item) > target) {
                        page.keyboard().press("Enter");
                    }
                }
            }
        }
    }

    private int currentIndexOf(String item) {
        List<String> texts = page.locator("li.order-item .item-text").allTextContents();
        return texts.indexOf(item);
    }

    /** Presses Tab until the element matching the selector has the focus, as a keyboard user would. */
    private void tabTo(String selector) {
        for (int i = 0; i < 60; i++) {
            if ((Boolean) page.evaluate("s => document.activeElement && document.activeElement.matches(s)", selector)) {
                return;
            }
            page.keyboard().press("Tab");
        }
        fail("Tab never reached " + selector);
    }

    private void followSource(Locator link, String href, String passage) {
        int status = page.request().get(href).status();
        if (status == 404) {
            // The document page belongs to the corpus feature; until it is merged only the link itself is checked.
            Log.warnf("GET %s is 404 on this branch: the highlighted-passage check re-enables once it exists", href);
            return;
        }
        String back = page.url();
        link.click();
        page.waitForURL("**/documents/**");
        Locator highlight = page.locator("#highlight");
        assertTrue(highlight.isVisible(), "the passage is highlighted");
        String marked = normalise(String.join("", page.locator("mark").allTextContents()));
        String quoted = normalise(passage);
        assertTrue(marked.contains(quoted.substring(0, Math.min(30, quoted.length()))),
                "the highlight is the cited passage: " + marked);
        shot("06-source-passage");
        page.navigate(back);
    }

    private static String normalise(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private void shot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("play-" + name + ".png")).setFullPage(true));
    }
}
