package org.citequiz.game;

import static io.restassured.RestAssured.given;
import static org.citequiz.game.GameClient.create;
import static org.citequiz.game.GameClient.join;
import static org.citequiz.game.GameClient.move;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.citequiz.game.GameClient.Created;
import org.citequiz.game.GameClient.Player;
import org.citequiz.web.CsrfToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GamePagesTest {

    @Inject
    GameFixture fixture;

    @TestHTTPResource("/")
    URL base;

    MovableClock clock;
    long setId;

    @BeforeEach
    void setUp() {
        clock = new MovableClock(Instant.parse("2026-01-05T11:00:00Z"));
        QuarkusMock.installMockForType(clock, GameClock.class);
        setId = fixture.publishedSet(3);
    }

    @Test
    void hostCreatesAGameWithTheFormAndSeesWhoJoined() {
        var page = GameClient.host().accept("text/html").get("/instructor/games").then().statusCode(200)
                .body(containsString("Start a game")).extract();
        String csrf = page.cookie(CsrfToken.COOKIE);
        // Without the token the form post is refused and nothing is created.
        long before = fixture.instructorGames(GameClient.HOST);
        GameClient.host().contentType("application/x-www-form-urlencoded").cookie(CsrfToken.COOKIE, csrf)
                .formParam("setId", setId).formParam("questionCount", 2).formParam("secondsPerQuestion", 20)
                .redirects().follow(false).post("/instructor/games").then().statusCode(403);
        assertEquals(before, fixture.instructorGames(GameClient.HOST));
        String location = GameClient.host().contentType("application/x-www-form-urlencoded").cookie(CsrfToken.COOKIE, csrf)
                .formParam(CsrfToken.FIELD, csrf).formParam("setId", setId).formParam("questionCount", 2)
                .formParam("secondsPerQuestion", 20).formParam("speedPoints", "on")
                .redirects().follow(false).post("/instructor/games").then().statusCode(303)
                .extract().header("Location");
        long gameId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        Game game = fixture.game(gameId);
        assertTrue(game.speedPoints);
        assertEquals(false, game.streakBonus);

        join(game.pin, "Grace");
        GameClient.host().accept("text/html").get("/instructor/games/" + gameId).then().statusCode(200)
                .body(containsString(game.pin))
                .body(containsString("sse-connect=\"/instructor/games/" + gameId + "/events\""))
                .body(containsString("<li>Grace</li>"));
        GameClient.host().accept("text/html").get("/instructor/games/" + gameId + "/panel").then().statusCode(200)
                .body(containsString("1</span> joined"))
                .body(not(containsString("<html")));
    }

    @Test
    void hostControlsThroughFormsFollowPostRedirectGet() {
        Created game = create(setId, 2, 20, true, false);
        join(game.pin(), "Ada");
        String csrf = GameClient.host().accept("text/html").get("/instructor/games/" + game.id()).then()
                .extract().cookie(CsrfToken.COOKIE);
        GameClient.host().contentType("application/x-www-form-urlencoded").cookie(CsrfToken.COOKIE, csrf)
                .formParam(CsrfToken.FIELD, csrf).redirects().follow(false)
                .post("/instructor/games/" + game.id() + "/start").then().statusCode(303)
                .header("Location", containsString("/instructor/games/" + game.id()));
        assertEquals(GameState.QUESTION, fixture.game(game.id()).state);
        GameClient.host().accept("text/html").get("/instructor/games/" + game.id()).then().statusCode(200)
                .body(containsString("Question 1 of 2"))
                .body(containsString("data-remaining-ms=\"20000\""))
                .body(containsString("0 of 1 answered"));
    }

    @Test
    void aPlayerJoinsAndAnswersWithFormsAndALateAnswerIsRefusedOnThePage() {
        Created game = create(setId, 1, 20, true, false);
        var joinPage = given().accept("text/html").get("/play/game?pin=" + game.pin()).then().statusCode(200)
                .body(containsString("value=\"" + game.pin() + "\"")).extract();
        String csrf = joinPage.cookie(CsrfToken.COOKIE);
        given().contentType("application/x-www-form-urlencoded").cookie(CsrfToken.COOKIE, csrf)
                .formParam("pin", game.pin()).formParam("name", "Ada").redirects().follow(false)
                .post("/play/game").then().statusCode(403);
        var joined = given().contentType("application/x-www-form-urlencoded").cookie(CsrfToken.COOKIE, csrf)
                .formParam(CsrfToken.FIELD, csrf).formParam("pin", game.pin()).formParam("name", "Ada")
                .redirects().follow(false).post("/play/game").then().statusCode(303)
                .header("Location", containsString("/play/game/" + game.id()))
                .cookie(PlayerCookie.NAME, notNullValue()).extract();
        String player = joined.cookie(PlayerCookie.NAME);

        given().accept("text/html").cookie(PlayerCookie.NAME, player).get("/play/game/" + game.id()).then()
                .statusCode(200).body(containsString("You're in!"))
                .body(containsString("1000 × (1 − t / 40 s)"));
        // Without the cookie the game page sends you to the join form.
        given().accept("text/html").redirects().follow(false).get("/play/game/" + game.id()).then().statusCode(303);

        move(game.id(), "start");
        long q = fixture.game(game.id()).questionIdList().get(0);
        String right = fixture.answers(game.id()).get(q);
        given().accept("text/html").cookie(PlayerCookie.NAME, player).get("/play/game/" + game.id()).then()
                .statusCode(200).body(containsString("name=\"response\" value=\"" + right + "\""))
                .body(containsString("name=\"questionId\" value=\"" + q + "\""));
        clock.advance(Duration.ofSeconds(21));
        given().contentType("application/x-www-form-urlencoded").cookie(CsrfToken.COOKIE, csrf)
                .cookie(PlayerCookie.NAME, player).formParam(CsrfToken.FIELD, csrf)
                .formParam("questionId", q).formParam("response", right).redirects().follow(false)
                .post("/play/game/" + game.id() + "/answer").then().statusCode(303)
                .header("Location", containsString("refused=late"));
        assertEquals(0, fixture.answerCount(game.id()));
        given().accept("text/html").cookie(PlayerCookie.NAME, player).get("/play/game/" + game.id() + "?refused=late")
                .then().statusCode(200).body(containsString("Time was up: your answer did not count."));
    }

    @Test
    void aPlayerSeesTheirResultAndRankAfterAnsweringWithTheForm() {
        Created game = create(setId, 1, 20, false, false);
        Player ada = join(game.pin(), "Ada");
        move(game.id(), "start");
        long q = fixture.game(game.id()).questionIdList().get(0);
        String csrf = given().accept("text/html").cookie(PlayerCookie.NAME, ada.cookie()).get("/play/game/" + game.id())
                .then().extract().cookie(CsrfToken.COOKIE);
        given().contentType("application/x-www-form-urlencoded").cookie(CsrfToken.COOKIE, csrf)
                .cookie(PlayerCookie.NAME, ada.cookie()).formParam(CsrfToken.FIELD, csrf)
                .formParam("questionId", q).formParam("response", fixture.answers(game.id()).get(q))
                .redirects().follow(false).post("/play/game/" + game.id() + "/answer").then().statusCode(303)
                .header("Location", not(containsString("refused")));
        given().accept("text/html").cookie(PlayerCookie.NAME, ada.cookie()).get("/play/game/" + game.id() + "/panel")
                .then().statusCode(200).body(containsString("Correct! +1000 points"));
        move(game.id(), "end");
        given().accept("text/html").cookie(PlayerCookie.NAME, ada.cookie()).get("/play/game/" + game.id() + "/panel")
                .then().statusCode(200).body(containsString("You finished <strong>#1</strong> of 1"));
    }

    @Test
    void theEventStreamAnnouncesEachChange() throws Exception {
        Created game = create(setId, 2, 20, true, false);
        Player ada = join(game.pin(), "Ada");
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "play/game/" + game.id() + "/events"))
                .header("Accept", "text/event-stream").header("Cookie", PlayerCookie.NAME + "=" + ada.cookie()).build();
        HttpResponse<java.io.InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            assertTrue(nextData(lines).startsWith("lobby-"));
            move(game.id(), "start").statusCode(200);
            assertTrue(nextData(lines).startsWith("question-0-"));
            move(game.id(), "end-question").statusCode(200);
            assertTrue(nextData(lines).startsWith("reveal-0-"));
        }
        // Outsiders get no stream.
        HttpResponse<String> refused = client.send(HttpRequest.newBuilder(URI.create(base + "play/game/" + game.id() + "/events"))
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, refused.statusCode());
    }

    /** The next data line of the stream, waiting at most 10 s. */
    private static String nextData(BufferedReader lines) throws Exception {
        return CompletableFuture.supplyAsync(() -> {
            try {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.startsWith("data:")) {
                        return line.substring(5).strip();
                    }
                }
                return "";
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).get(10, TimeUnit.SECONDS);
    }
}
