package org.citequiz.corpus;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@QuarkusTest
@Tag("browser")
class DocumentPageBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void highlightLinkScrollsTheMarkedPassageIntoViewWithoutJavaScript() {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/chromium")), "Chromium is not installed");
        long id = DocumentResourceTest.bundledDocuments().get("NATO, Russia Paper Over Differences");
        JsonPath doc = given().get("/api/documents/" + id).then().extract().jsonPath();
        List<Map<String, Object>> sentences = doc.<Map<String, Object>>getList("passages").stream()
                .filter(p -> p.get("kind").equals("sentence")).toList();
        Map<String, Object> last = sentences.get(sentences.size() - 1);
        int start = (Integer) last.get("start");
        int end = (Integer) last.get("end");
        try (Playwright playwright = Playwright.create();
                Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setHeadless(true)
                        .setExecutablePath(Paths.get("/usr/bin/chromium"))
                        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                                "--no-first-run")))) {
            Page page = browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false)
                    .setViewportSize(800, 600)).newPage();
            page.navigate(base + "documents/" + id + "?highlight=" + start + "-" + end + "#highlight");
            assertEquals(doc.getString("text").substring(start, end), page.locator("mark").allTextContents()
                    .stream().reduce("", String::concat));
            assertTrue((Boolean) page.evaluate("() => { const r = document.getElementById('highlight')"
                    + ".getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight; }"),
                    "the highlighted passage is scrolled into view");
            String muted = page.locator("span.boilerplate.reason-legal").first().evaluate("e => getComputedStyle(e).color").toString();
            String body = page.locator(".sentence").first().evaluate("e => getComputedStyle(e).color").toString();
            assertNotEquals(body, muted, "boilerplate is muted");
            Files.createDirectories(Path.of("target/screenshots"));
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/document-highlight.png")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
