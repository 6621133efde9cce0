package org.citequiz.game;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Closes questions whose time is up and keeps this node's live snapshots current. Runs on every node. */
@ApplicationScoped
class GameTicker {

    @Inject
    GameService games;

    @Inject
    GameFeeds feeds;

    @Scheduled(every = "${quiz.game.tick:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        games.closeExpiredQuestions();
        feeds.refreshAll();
    }
}
