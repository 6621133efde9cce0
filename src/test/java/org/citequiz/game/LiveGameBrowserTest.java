package org.citequiz.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.WaitForSelectorState;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A host and two players on their own devices, in a class game: the faster of two correct players wins, and the
 * class leaderboard the host keeps open updates by itself to the same order.
 */
@QuarkusTest
@Tag("browser")
class LiveGameBrowserTest {

    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final Path SHOTS = Paths.get("target/screenshots");

    @TestHTTPResource("/")
    URL base;

    @Inject
    GameFixture fixture;

    @Test
    void theFasterOfTwoCorrectPlayersTopsThePodium() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed");
        Files.createDirectories(SHOTS);
        long setId = fixture.publishedSet(3);
        // the class is made as a teacher would through the API, so it gets a real join code
        io.restassured.path.json.JsonPath schoolClass = GameClient.host()
                .contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of("name", "Class 7B " + System.nanoTime() % 100000)).post("/api/classes")
                .then().statusCode(201).extract().jsonPath();
        long classId = schoolClass.getLong("id");
        String classCode = schoolClass.getString("code");
        String root = base.toString().replaceAll("/$", "");

        try (Playwright playwright = Playwright.create();
                Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setHeadless(true)
                        .setExecutablePath(CHROMIUM)
                        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                                "--no-first-run")))) {
            BrowserContext hostContext = browser.newContext();
            BrowserContext fastContext = browser.newContext();
            BrowserContext slowContext = browser.newContext();
            Page host = hostContext.newPage();
            Page fast = fastContext.newPage();
            Page slow = slowContext.newPage();

            // The host signs in through the sign-in form, as a teacher would.
            host.navigate(root + "/login");
            host.getByLabel("Username").fill(GameClient.HOST);
            host.getByLabel("Password").fill(GameClient.HOST_PASSWORD);
            host.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Sign in")).click();
            host.waitForURL("**/instructor");
            host.navigate(root + "/instructor/games");
            host.selectOption("#setId", String.valueOf(setId));
            host.selectOption("#classId", String.valueOf(classId));
            host.fill("#questionCount", "2");
            host.fill("#secondsPerQuestion", "60");
            host.click("main button[type=submit]");
            String pin = host.textContent("#pin").strip();
            assertEquals(6, pin.length());
            long gameId = Long.parseLong(host.url().replaceAll(".*/", ""));

            joinAs(fast, root, pin, "Speedy");
            joinAs(slow, root, pin, "Steady");
            // The lobby updates live (server-sent events), no reload.
            host.waitForSelector("#joined li:has-text('Steady')");
            assertEquals("2", host.textContent("#player-count").strip());
            host.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("game-host-lobby.png")).setFullPage(true));

            // The class leaderboard stays open in another tab of the host and must update without a reload.
            Page board = hostContext.newPage();
            board.navigate(root + "/classes/" + classCode + "/leaderboard?set=" + setId + "&period=all");
            assertEquals(List.of("Speedy", "Steady"), board.locator("table.leaderboard tbody tr td:nth-child(2)")
                    .allTextContents().stream().sorted().toList(), "joining the game put both players in the class");
            board.evaluate("() => { window.openedOnce = true; }");

            Map<Long, String> key = fixture.answers(gameId);
            host.click("#start");
            for (int question = 0; question < 2; question++) {
                String right = key.get(openQuestion(fast));
                assertEquals(right, key.get(openQuestion(slow)));
                fast.click("button.choice-button[value='" + right + "']");
                fast.waitForSelector("#result.correct");
                if (question == 0) {
                    fast.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("game-player-answered.png")));
                }
                slow.click("button.choice-button[value='" + right + "']");
                slow.waitForSelector("#result.correct");
                host.waitForSelector("#answered:has-text('2 of 2 answered')");
                host.click("#end-question");
                host.waitForSelector("#answer");
                assertEquals(right, host.textContent("#answer").strip());
                assertTrue(host.isVisible(".source blockquote"));
                if (question == 0) {
                    host.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("game-host-reveal.png")).setFullPage(true));
                }
                host.click("#next");
            }

            host.waitForSelector("#podium");
            List<String> podium = host.locator("#podium li .name").allTextContents();
            assertEquals(List.of("Speedy", "Steady"), podium);
            host.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("game-host-podium.png")).setFullPage(true));

            fast.waitForSelector("#my-rank");
            slow.waitForSelector("#my-rank");
            assertTrue(fast.textContent("#my-rank").contains("#1"), fast.textContent("#my-rank"));
            assertTrue(slow.textContent("#my-rank").contains("#2"), slow.textContent("#my-rank"));
            slow.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("game-player-podium.png")).setFullPage(true));

            // The game's points reached the class leaderboard, live: Speedy first, Steady second.
            board.waitForFunction("() => { const rows = [...document.querySelectorAll('table.leaderboard tbody tr')];"
                    + " return rows.length === 2 && rows[0].children[1].textContent === 'Speedy'"
                    + " && rows[1].children[1].textContent === 'Steady' && rows[1].children[2].textContent !== '0'; }");
            List<String> ranks = board.locator("table.leaderboard tbody tr td:nth-child(1)").allTextContents();
            assertEquals(List.of("1", "2"), ranks);
            assertEquals(true, board.evaluate("() => window.openedOnce === true"), "the board was not reloaded");
            board.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("game-class-leaderboard.png"))
                    .setFullPage(true));

            List<GamePlayer> players = fixture.players(gameId);
            GamePlayer speedy = players.stream().filter(p -> p.displayName.equals("Speedy")).findFirst().orElseThrow();
            GamePlayer steady = players.stream().filter(p -> p.displayName.equals("Steady")).findFirst().orElseThrow();
            assertEquals(2, speedy.correctCount);
            assertEquals(2, steady.correctCount);
            assertTrue(speedy.totalTimeMs < steady.totalTimeMs);
            assertTrue(speedy.score >= steady.score);
        }
    }

    private static void joinAs(Page page, String root, String pin, String name) {
        page.navigate(root + "/play/game?pin=" + pin);
        page.fill("#name", name);
        page.click("#join");
        try {
            page.waitForSelector("text=You're in!");
        } catch (com.microsoft.playwright.PlaywrightException e) {
            throw new AssertionError(name + " could not join; the page says: " + page.innerText("main"), e);
        }
    }

    /** Waits until the player's device shows the question (pushed by the host's start or next) and returns its id. */
    private static long openQuestion(Page player) {
        player.waitForSelector("button.choice-button", new Page.WaitForSelectorOptions().setState(WaitForSelectorState.VISIBLE));
        return Long.parseLong(player.getAttribute("input[name=questionId]", "value"));
    }
}
