package org.citequiz.leaderboard;

import static org.citequiz.classroom.ClassroomFixtures.*;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.Cookie;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.List;
import org.citequiz.classroom.ClassroomFixtures.CreatedClass;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** What a student sees: their class leaderboard reorders itself, without a reload, when a classmate scores. */
@QuarkusTest
@Tag("browser")
class LeaderboardPageBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    AnswerSimulator answers;

    @Test
    void leaderboardUpdatesLiveWhenAClassmateScores() throws Exception {
        Path chromium = Paths.get("/usr/bin/chromium");
        Assumptions.assumeTrue(Files.isExecutable(chromium), "Chromium is not installed");
        long[] ids = answers.bundledSetAndQuestion();
        CreatedClass c = createClass("Browser class");
        String mia = join(c.code(), "Mia");
        String noah = join(c.code(), "Noah");
        answers.answer(learnerId(mia), ids[0], c.id(), ids[1], true, 300, 2000, Instant.now());

        try (Playwright playwright = Playwright.create()) {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setHeadless(true)
                    .setExecutablePath(chromium).setArgs(List.of("--no-sandbox", "--disable-gpu",
                            "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
                            "--disable-sync", "--no-first-run")));
            BrowserContext context = browser.newContext();
            context.addCookies(List.of(new Cookie("cq-learner", mia).setUrl(root.toString())));
            Page page = context.newPage();
            page.navigate(root.toString() + "classes/" + c.code() + "/leaderboard?set=" + ids[0]);
            var rows = page.locator("#board tbody tr");
            PlaywrightAssertions.assertThat(rows.first()).containsText("Mia");
            PlaywrightAssertions.assertThat(page.locator("#board tr.mine")).containsText("Mia");
            // The page is not reloaded: the new order can only arrive through the event stream.

            answers.answer(learnerId(noah), ids[0], c.id(), ids[1], true, 900, 1500, Instant.now());

            PlaywrightAssertions.assertThat(rows.first()).containsText("Noah");
            PlaywrightAssertions.assertThat(rows.first()).containsText("900");
            PlaywrightAssertions.assertThat(page.locator("#board tr.mine")).containsText("Mia");
            Files.createDirectories(Paths.get("target/screenshots"));
            page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/screenshots/leaderboard-live.png"))
                    .setFullPage(true));
            browser.close();
        }
    }
}
