package org.citequiz.game;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.citequiz.account.CurrentInstructor;
import org.citequiz.web.ProblemException;

/** Who is looking at a game in this request: one of its players (by cookie), its host, or nobody allowed. */
@RequestScoped
public class GameViewer {

    @Inject
    RoutingContext routing;

    @Inject
    PlayerCookie cookies;

    @Inject
    CurrentInstructor instructor;

    @Inject
    GameService games;

    @Inject
    GameFeeds feeds;

    /** The learner public id carried by a valid player cookie. */
    public Optional<String> learnerPublicId() {
        Cookie cookie = routing.request().getCookie(PlayerCookie.NAME);
        return cookie == null ? Optional.empty() : cookies.verify(cookie.getValue());
    }

    /** This request's player in the game, or empty when it is the game's host; refused for anyone else. */
    public Optional<Long> playerOrHost(long gameId) {
        Optional<Long> player = player(gameId);
        if (player.isPresent()) {
            return player;
        }
        if (instructor.signedIn()) {
            games.requireHosted(gameId, instructor.id());
            return Optional.empty();
        }
        if (learnerPublicId().isPresent()) {
            throw ProblemException.forbidden("You have not joined this game. Join it with its PIN first.");
        }
        throw new ProblemException(401, "Not joined", "Join the game with its PIN first.");
    }

    /** This request's player in the game, if any; looks in the snapshot and, for a player who joined on another node, the database. */
    public Optional<Long> player(long gameId) {
        Optional<String> learner = learnerPublicId();
        if (learner.isEmpty()) {
            return Optional.empty();
        }
        Optional<Long> fromSnapshot = feeds.snapshot(gameId).playerOfLearner(learner.get());
        if (fromSnapshot.isPresent()) {
            return fromSnapshot;
        }
        try {
            long id = GameService.requirePlayer(gameId, learner).id;
            feeds.changed(gameId);
            return Optional.of(id);
        } catch (ProblemException e) {
            return Optional.empty();
        }
    }

    /** The player, or 401/403. */
    public long requirePlayer(long gameId) {
        Optional<Long> player = player(gameId);
        if (player.isPresent()) {
            return player.get();
        }
        if (learnerPublicId().isEmpty()) {
            throw new ProblemException(401, "Not joined", "Join the game with its PIN first.");
        }
        throw ProblemException.forbidden("You have not joined this game. Join it with its PIN first.");
    }
}
