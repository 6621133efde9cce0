package org.citequiz.leaderboard;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.citequiz.leaderboard.Ranking.Ranked;
import org.citequiz.play.AnswerRecorded;

/**
 * In-memory snapshots of the class boards someone is watching, broadcast to every open stream: one database
 * read per board change, never one per viewer.
 * <p>
 * A committed answer schedules a recompute of its class's watched boards {@code quiz.leaderboard.debounce} later
 * (answers arriving meanwhile join that recompute). Each node only sees its own answers, so with several nodes a
 * scheduled pass ({@code quiz.leaderboard.refresh}) re-reads every watched board and broadcasts it when it
 * changed: cross-node freshness is bounded by that interval.
 */
@ApplicationScoped
public class LeaderboardSnapshots {

    public record BoardKey(long classId, long setId, Period period) {
    }

    static final class Board {
        final BroadcastProcessor<List<Ranked<ScoreLine>>> processor = BroadcastProcessor.create();
        final AtomicInteger subscribers = new AtomicInteger();
        /** A recompute is already due: later answers in the same window ride along with it. */
        final AtomicBoolean due = new AtomicBoolean();
        volatile List<Ranked<ScoreLine>> latest;
    }

    @Inject
    Leaderboards leaderboards;

    @Inject
    LeaderboardConfig config;

    private final Map<BoardKey, Board> boards = new ConcurrentHashMap<>();

    /** The board now, then every change, for as long as the subscriber stays. */
    public Multi<List<Ranked<ScoreLine>>> stream(BoardKey key) {
        // Counted at once (atomically with the map) so that the clean-up pass cannot drop a board being opened.
        Board board = boards.compute(key, (k, existing) -> {
            Board b = existing == null ? new Board() : existing;
            b.subscribers.incrementAndGet();
            return b;
        });
        if (board.latest == null) {
            board.latest = leaderboards.classBoard(key.classId(), key.setId(), key.period());
        }
        // Subscribe to changes first, then read the latest: a change in between is delivered, never missed.
        return Multi.createBy().merging().streams(board.processor, Multi.createFrom().item(() -> board.latest))
                .onOverflow().dropPreviousItems()
                .onTermination().invoke(() -> board.subscribers.decrementAndGet());
    }

    /** Streams open on this node (for tests and metrics). */
    public int subscribers(BoardKey key) {
        Board board = boards.get(key);
        return board == null ? 0 : board.subscribers.get();
    }

    void answered(@Observes(during = TransactionPhase.AFTER_SUCCESS) AnswerRecorded answer) {
        long classId = answer.classId() == null ? ScoreAggregates.NO_CLASS : answer.classId();
        boards.forEach((key, board) -> {
            boolean affected = key.classId() == classId
                    && (key.setId() == answer.setId() || key.setId() == ScoreAggregates.ALL_SETS);
            if (affected && board.due.compareAndSet(false, true)) {
                // Debounced on a timer, recomputed on a worker thread (the query blocks): a burst of answers
                // costs one read per board per window, and the first answer shows within one window.
                Uni.createFrom().voidItem().onItem().delayIt().by(config.debounce())
                        .emitOn(Infrastructure.getDefaultWorkerPool())
                        .subscribe().with(ignored -> {
                            board.due.set(false); // answers from now on schedule the next recompute
                            refresh(key, board);
                        }, failure -> Log.warnf(failure, "Could not schedule leaderboard %s", key));
            }
        });
    }

    /** Cross-node freshness: answers recorded on other nodes fire no event here. */
    @Scheduled(every = "${quiz.leaderboard.refresh:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refreshWatched() {
        boards.forEach((key, board) -> {
            if (board.subscribers.get() > 0) {
                refresh(key, board);
            }
        });
        boards.keySet().forEach(key -> boards.computeIfPresent(key, (k, b) -> b.subscribers.get() > 0 ? b : null));
    }

    void refresh(BoardKey key, Board board) {
        // One recompute per board at a time: snapshots go out in order and onNext is never called concurrently.
        synchronized (board) {
            refreshNow(key, board);
        }
    }

    private void refreshNow(BoardKey key, Board board) {
        try {
            List<Ranked<ScoreLine>> now = leaderboards.classBoard(key.classId(), key.setId(), key.period());
            if (!now.equals(board.latest)) {
                board.latest = now;
                board.processor.onNext(now);
            }
        } catch (RuntimeException e) {
            Log.warnf(e, "Could not refresh leaderboard %s", key);
        }
    }
}
