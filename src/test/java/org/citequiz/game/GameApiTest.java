package org.citequiz.game;

import static io.restassured.RestAssured.given;
import static org.citequiz.game.GameClient.create;
import static org.citequiz.game.GameClient.join;
import static org.citequiz.game.GameClient.move;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.citequiz.game.GameClient.Created;
import org.citequiz.game.GameClient.Player;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GameApiTest {

    @Inject
    GameFixture fixture;

    @Inject
    GameTicker ticker;

    @Inject
    AnswerRecordedProbe probe;

    MovableClock clock;
    long setId;

    @BeforeEach
    void setUp() {
        clock = new MovableClock(Instant.parse("2026-01-05T09:00:00Z"));
        QuarkusMock.installMockForType(clock, GameClock.class);
        setId = fixture.publishedSet(3);
        fixture.ensureOtherHost();
    }

    private long currentQuestion(Player p) {
        return p.state().statusCode(200).extract().jsonPath().getLong("question.id");
    }

    @Test
    void createReturnsASixDigitPinAndOnlyPlayableQuestions() {
        Created game = create(setId, 50, 20, true, false);
        assertEquals(6, game.pin().length());
        // 3 approved questions; the pending one is never played.
        assertEquals(3, fixture.game(game.id()).questionCount());
    }

    @Test
    void hostControlsNeedTheHost() {
        given().contentType(ContentType.JSON).body(Map.of("setId", setId, "questionCount", 2, "secondsPerQuestion", 20))
                .post("/api/games").then().statusCode(401);
        Created game = create(setId, 2, 20, true, false);
        Player player = join(game.pin(), "Ada");
        for (String action : List.of("start", "end-question", "next", "skip", "end")) {
            given().post("/api/games/" + game.id() + "/" + action).then().statusCode(401);
            player.spec().post("/api/games/" + game.id() + "/" + action).then().statusCode(401);
            GameClient.as(GameFixture.OTHER_HOST, GameFixture.OTHER_PASSWORD)
                    .post("/api/games/" + game.id() + "/" + action).then().statusCode(403)
                    .contentType("application/problem+json");
        }
        assertEquals(GameState.LOBBY, fixture.game(game.id()).state);
        GameClient.as(GameFixture.OTHER_HOST, GameFixture.OTHER_PASSWORD).accept("text/html")
                .get("/instructor/games/" + game.id()).then().statusCode(403);
    }

    @Test
    void aGameForAClassNeedsTheClassOwner() {
        long othersClass = fixture.schoolClass(GameFixture.OTHER_HOST, "Someone else's class");
        GameClient.host().body(Map.of("setId", setId, "classId", othersClass, "questionCount", 2,
                "secondsPerQuestion", 20)).post("/api/games").then().statusCode(403);
        long mine = fixture.schoolClass(GameClient.HOST, "My class");
        Created game = create(setId, mine, 2, 20, true, false);
        assertEquals(mine, fixture.game(game.id()).classId);
    }

    @Test
    void invalidGameSettingsAreRefused() {
        GameClient.host().body(Map.of("setId", setId, "questionCount", 0, "secondsPerQuestion", 20))
                .post("/api/games").then().statusCode(400).contentType("application/problem+json");
        GameClient.host().body(Map.of("setId", setId, "questionCount", 3, "secondsPerQuestion", 1))
                .post("/api/games").then().statusCode(400);
        GameClient.host().body(Map.of("setId", 987654321L, "questionCount", 3, "secondsPerQuestion", 20))
                .post("/api/games").then().statusCode(404);
    }

    @Test
    void joinWithABadPinIsRefused() {
        given().contentType(ContentType.JSON).body(Map.of("pin", "12ab", "name", "Ada"))
                .post("/api/games/join").then().statusCode(400).contentType("application/problem+json");
        Created game = create(setId, 2, 20, true, false);
        String unused = game.pin().equals("999999") ? "999998" : "999999";
        given().contentType(ContentType.JSON).body(Map.of("pin", unused, "name", "Ada"))
                .post("/api/games/join").then().statusCode(404).body("title", is("Unknown PIN"));
        // A finished game's PIN no longer lets anyone in.
        join(game.pin(), "Ada");
        move(game.id(), "end").statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("pin", game.pin(), "name", "Bob"))
                .post("/api/games/join").then().statusCode(404);
    }

    @Test
    void badNamesAreRefused() {
        Created game = create(setId, 2, 20, true, false);
        given().contentType(ContentType.JSON).body(Map.of("pin", game.pin(), "name", "x".repeat(25)))
                .post("/api/games/join").then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("pin", game.pin(), "name", "<script>"))
                .post("/api/games/join").then().statusCode(400);
        assertEquals(0, fixture.players(game.id()).size());
    }

    @Test
    void stateHidesTheKeyUntilTheRevealThenShowsTheSourcePassage() {
        Created game = create(setId, 1, 20, true, false);
        Player ada = join(game.pin(), "Ada");
        given().get("/api/games/" + game.id() + "/state").then().statusCode(401);
        move(game.id(), "start").statusCode(200).body("state", is("QUESTION"));
        long q = currentQuestion(ada);
        String right = fixture.answers(game.id()).get(q);
        ada.state().statusCode(200)
                .body("state", is("QUESTION"))
                .body("question.prompt", notNullValue())
                .body("question.choices", hasItem(right))
                .body("answer", nullValue())
                .body("reveal", nullValue())
                .body("remainingMs", is(20_000))
                .body("you.answered", is(false));
        move(game.id(), "end-question").statusCode(200).body("state", is("REVEAL"));
        ada.state().statusCode(200)
                .body("answer", is(right))
                .body("reveal.sources[0].title", is("The river town fair"))
                .body("reveal.sources[0].quote", is(GameFixture.TEXT.substring(0, 43)))
                .body("reveal.sources[0].link", startsWith("/documents/"))
                .body("reveal.sources[0].link", containsString("?highlight=0-43#highlight"));
    }

    @Test
    void pointsFollowServerTimeAndTheAnswerFeedsTheLeaderboardInItsTransaction() {
        Created game = create(setId, 1, 20, true, false);
        Player ada = join(game.pin(), "Ada");
        move(game.id(), "start");
        long q = currentQuestion(ada);
        clock.advance(Duration.ofSeconds(5));
        probe.clear();
        ada.answer(q, fixture.answers(game.id()).get(q)).statusCode(200).body("accepted", is(true)).body("correct", is(true))
                .body("points", is(875)).body("score", is(875));
        assertEquals(1, probe.events().size());
        AnswerRecordedProbe.Seen seen = probe.events().get(0);
        assertEquals(true, seen.inTransaction());
        assertEquals("game", seen.event().source());
        assertEquals(setId, seen.event().setId());
        assertEquals(q, seen.event().questionId());
        assertEquals(875, seen.event().points());
        assertEquals(5000, seen.event().timeMs());
        ada.state().body("you.score", is(875)).body("you.rank", is(1)).body("you.correct", is(true));
    }

    @Test
    void aLateAnswerIsRefusedAndNothingIsStored() {
        Created game = create(setId, 1, 20, true, false);
        Player ada = join(game.pin(), "Ada");
        move(game.id(), "start");
        long q = currentQuestion(ada);
        clock.advance(Duration.ofMillis(20_001));
        probe.clear();
        ada.answer(q, fixture.answers(game.id()).get(q)).statusCode(409).contentType("application/problem+json").body("title", is("Time is up"));
        assertEquals(0, fixture.answerCount(game.id()));
        assertEquals(0, fixture.players(game.id()).get(0).score);
        assertEquals(0, probe.events().size());
        // The scheduled check closes the expired question; running it again (another node) changes nothing.
        ticker.tick();
        assertEquals(GameState.REVEAL, fixture.game(game.id()).state);
        ticker.tick();
        assertEquals(GameState.REVEAL, fixture.game(game.id()).state);
        assertEquals(0, fixture.game(game.id()).questionIndex);
    }

    @Test
    void anAnswerAtTheLastMomentStillCounts() {
        Created game = create(setId, 1, 20, true, false);
        Player ada = join(game.pin(), "Ada");
        move(game.id(), "start");
        long q = currentQuestion(ada);
        clock.advance(Duration.ofSeconds(20));
        ada.answer(q, fixture.answers(game.id()).get(q)).statusCode(200).body("points", is(500));
    }

    @Test
    void aDoubleAnswerIsRefused() {
        Created game = create(setId, 1, 20, true, false);
        Player ada = join(game.pin(), "Ada");
        move(game.id(), "start");
        long q = currentQuestion(ada);
        ada.answer(q, fixture.wrongAnswers(game.id()).get(q)).statusCode(200).body("correct", is(false)).body("points", is(0));
        ada.answer(q, fixture.answers(game.id()).get(q)).statusCode(409).body("title", is("Already answered"));
        assertEquals(1, fixture.answerCount(game.id()));
        assertEquals(0, fixture.players(game.id()).get(0).score);
    }

    @Test
    void answersToAnotherQuestionOrOutsideTheChoicesAreRefused() {
        Created game = create(setId, 2, 20, true, false);
        Player ada = join(game.pin(), "Ada");
        Player outsider = join(create(setId, 1, 20, true, false).pin(), "Eve");
        move(game.id(), "start");
        long q = currentQuestion(ada);
        long other = fixture.game(game.id()).questionIdList().get(1);
        ada.answer(other, fixture.answers(game.id()).get(other)).statusCode(409);
        ada.answer(q, "1999").statusCode(400);
        new Player(game.id(), 0, outsider.cookie()).answer(q, fixture.answers(game.id()).get(q)).statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("questionId", q, "response", "1921"))
                .post("/api/games/" + game.id() + "/answers").then().statusCode(401);
        assertEquals(0, fixture.answerCount(game.id()));
    }

    @Test
    void aPlayerWhoComesBackKeepsTheirScore() {
        Created game = create(setId, 2, 20, false, false);
        Player ada = join(game.pin(), "Ada Lovelace");
        move(game.id(), "start");
        ada.answer(currentQuestion(ada), fixture.answers(game.id()).get(currentQuestion(ada))).statusCode(200);

        // Same cookie: same player.
        long again = ada.spec().body(Map.of("pin", game.pin(), "name", "Ada Lovelace")).post("/api/games/join")
                .then().statusCode(200).extract().jsonPath().getLong("playerId");
        assertEquals(ada.playerId(), again);
        // Another device, same name and PIN (spacing and case aside): same player, same score.
        Player back = join(game.pin(), "  ada   LOVELACE ");
        assertEquals(ada.playerId(), back.playerId());
        back.state().statusCode(200).body("you.score", is(1000)).body("you.name", is("Ada Lovelace"));
        assertEquals(1, fixture.players(game.id()).size());
    }

    @Test
    void withSpeedPointsOffACorrectAnswerEarnsAThousandAtAnyTime() {
        Created game = create(setId, 1, 20, false, false);
        Player ada = join(game.pin(), "Ada");
        move(game.id(), "start");
        long q = currentQuestion(ada);
        clock.advance(Duration.ofSeconds(15));
        ada.answer(q, fixture.answers(game.id()).get(q)).statusCode(200).body("points", is(1000));
    }

    @Test
    void streakBonusCountsCorrectAnswersInARowAndASkipDoesNotBreakIt() {
        Created game = create(setId, 3, 20, false, true);
        Player ada = join(game.pin(), "Ada");
        Map<Long, String> key = fixture.answers(game.id());
        move(game.id(), "start");
        long q1 = currentQuestion(ada);
        ada.answer(q1, key.get(q1)).body("points", is(1000));
        move(game.id(), "end-question");
        move(game.id(), "next");
        move(game.id(), "skip").body("questionIndex", is(2));
        long q3 = currentQuestion(ada);
        ada.answer(q3, key.get(q3)).body("points", is(1100));
    }

    @Test
    void transitionsAreRefusedOutOfOrderAndTheGameEndsWithAPodium() {
        Created game = create(setId, 2, 20, true, false);
        move(game.id(), "start").statusCode(409); // nobody joined yet
        Player ada = join(game.pin(), "Ada");
        Player bob = join(game.pin(), "Bob");
        Player cy = join(game.pin(), "Cy");
        Player dee = join(game.pin(), "Dee");
        move(game.id(), "next").statusCode(409);
        move(game.id(), "start").statusCode(200);
        move(game.id(), "start").statusCode(409);
        long q = currentQuestion(ada);
        String right = fixture.answers(game.id()).get(q);
        ada.answer(q, right);
        clock.advance(Duration.ofSeconds(4));
        bob.answer(q, right);
        clock.advance(Duration.ofSeconds(4));
        cy.answer(q, right);
        dee.answer(q, fixture.wrongAnswers(game.id()).get(q));
        move(game.id(), "end-question").statusCode(200);
        move(game.id(), "end-question").statusCode(409);
        move(game.id(), "end").statusCode(200).body("state", is("FINISHED"));
        move(game.id(), "end").statusCode(409);
        assertEquals(null, fixture.game(game.id()).activePin);

        dee.spec().get("/api/games/" + game.id() + "/results").then().statusCode(200)
                .body("state", is("FINISHED"))
                .body("podium.name", is(List.of("Ada", "Bob", "Cy")))
                .body("podium.rank", is(List.of(1, 2, 3)))
                .body("ranks", hasSize(4))
                .body("you.rank", is(4)).body("you.score", is(0));
        GameClient.host().get("/api/games/" + game.id() + "/results").then().statusCode(200)
                .body("podium.score", everyItem(notNullValue()))
                .body("you", nullValue());
        GameClient.as(GameFixture.OTHER_HOST, GameFixture.OTHER_PASSWORD)
                .get("/api/games/" + game.id() + "/results").then().statusCode(403);
    }

    @Test
    void pinsOfActiveGamesAreUnique() {
        Created a = create(setId, 1, 20, true, false);
        Created b = create(setId, 1, 20, true, false);
        assertNotEquals(a.pin(), b.pin());
    }
}
