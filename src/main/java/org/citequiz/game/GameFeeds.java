package org.citequiz.game;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.citequiz.classroom.SchoolClass;
import org.citequiz.corpus.Document;
import org.citequiz.questionset.Question;
import org.citequiz.questionset.QuestionSet;
import org.citequiz.questionset.QuestionSource;
import org.citequiz.web.ProblemException;

/**
 * In-memory snapshots of the games being watched on this node, one {@link BroadcastProcessor} per game. A snapshot is
 * reloaded once per committed change (and once a second while watched, to pick up changes made on other nodes),
 * however many screens watch the game: viewers and streams never query the database themselves.
 */
@ApplicationScoped
public class GameFeeds {

    private static final int MAX_QUOTE = 700;
    private static final Duration KEEP_FINISHED = Duration.ofMinutes(10);

    private final ConcurrentMap<Long, Feed> feeds = new ConcurrentHashMap<>();

    private record QuestionDetail(GameSnapshot.QuestionView view, String answer, List<GameSnapshot.SourceView> sources) {
    }

    private static final class Feed {
        final long gameId;
        final BroadcastProcessor<String> processor = BroadcastProcessor.create();
        final ReentrantLock lock = new ReentrantLock();
        final AtomicBoolean dirty = new AtomicBoolean();
        final AtomicInteger subscribers = new AtomicInteger();
        final Map<Long, QuestionDetail> questions = new ConcurrentHashMap<>();
        volatile GameSnapshot snapshot;
        volatile Instant loadedAt = Instant.now();

        Feed(long gameId) {
            this.gameId = gameId;
        }
    }

    /** The current snapshot of a game; 404 if there is no such game. */
    public GameSnapshot snapshot(long gameId) {
        Feed feed = feeds.computeIfAbsent(gameId, Feed::new);
        if (feed.snapshot == null) {
            feed.lock.lock();
            try {
                if (feed.snapshot == null) {
                    reload(feed);
                }
            } finally {
                feed.lock.unlock();
            }
        }
        GameSnapshot snapshot = feed.snapshot;
        if (snapshot == null) {
            feeds.remove(gameId);
            throw ProblemException.notFound("Game " + gameId);
        }
        return snapshot;
    }

    /** Called after a change to the game has committed. */
    public void changed(long gameId) {
        Feed feed = feeds.get(gameId);
        if (feed != null) {
            refresh(feed);
        }
    }

    /** One event per change of the game (its data is only a version: pages fetch their own view of the snapshot). */
    public Multi<String> stream(long gameId) {
        GameSnapshot first = snapshot(gameId);
        Feed feed = feeds.get(gameId);
        return Multi.createBy().concatenating()
                .streams(Multi.createFrom().item(tag(first)), feed.processor)
                .onSubscription().invoke(feed.subscribers::incrementAndGet)
                .onTermination().invoke(feed.subscribers::decrementAndGet);
    }

    /** Re-reads watched running games (changes made on other nodes) and forgets finished games nobody watches. */
    void refreshAll() {
        Instant now = Instant.now();
        for (Feed feed : new ArrayList<>(feeds.values())) {
            GameSnapshot s = feed.snapshot;
            if (s != null && s.finished()) {
                if (feed.subscribers.get() == 0 && feed.loadedAt.plus(KEEP_FINISHED).isBefore(now)) {
                    feeds.remove(feed.gameId);
                }
            } else if (s != null) {
                refresh(feed);
            }
        }
    }

    /**
     * Coalesces concurrent changes: whoever holds the lock reloads until no change is pending, so a burst of answers
     * costs a few reloads, not one per answer, and events go out one at a time.
     */
    private void refresh(Feed feed) {
        feed.dirty.set(true);
        while (feed.dirty.get() && feed.lock.tryLock()) {
            try {
                while (feed.dirty.getAndSet(false)) {
                    reload(feed);
                }
            } finally {
                feed.lock.unlock();
            }
        }
    }

    private void reload(Feed feed) {
        GameSnapshot old = feed.snapshot;
        GameSnapshot fresh = QuarkusTransaction.requiringNew().call(() -> load(feed, old == null ? 0 : old.version()));
        feed.loadedAt = Instant.now();
        if (fresh == null) {
            return;
        }
        if (old != null && fresh.equals(old)) {
            return;
        }
        if (old != null) {
            fresh = withVersion(fresh, old.version() + 1);
        }
        feed.snapshot = fresh;
        feed.processor.onNext(tag(fresh));
    }

    private static String tag(GameSnapshot s) {
        return s.state().name().toLowerCase() + "-" + s.questionIndex() + "-" + s.version();
    }

    private static GameSnapshot withVersion(GameSnapshot s, long version) {
        return new GameSnapshot(s.gameId(), version, s.pin(), s.classId(), s.className(), s.setTitle(), s.state(),
                s.questionIndex(), s.questionCount(), s.rules(), s.questionStartedAt(), s.questionDeadline(),
                s.question(), s.reveal(), s.answeredCount(), s.standings(), s.byPlayer(), s.answers(), s.playerByLearner());
    }

    private GameSnapshot load(Feed feed, long version) {
        Game game = Game.findById(feed.gameId);
        if (game == null) {
            return null;
        }
        QuestionSet set = QuestionSet.findById(game.setId);
        String className = game.classId == null ? null : SchoolClass.<SchoolClass>findById(game.classId).name;
        List<GamePlayer> players = GamePlayer.ofGame(game.id);
        List<Standings.Ranked> ranked = Standings.rank(players.stream()
                .map(p -> new Standings.Entry(p.id, p.displayName, p.score, p.correctCount, p.totalTimeMs)).toList());
        Map<String, Long> playerByLearner = new HashMap<>();
        GamePlayer.getEntityManager().createQuery("select l.publicId, p.id from GamePlayer p, Learner l "
                + "where l.id = p.learnerId and p.gameId = :game", Object[].class).setParameter("game", game.id)
                .getResultList().forEach(row -> playerByLearner.put((String) row[0], (Long) row[1]));
        Map<Long, GamePlayer> playerById = new HashMap<>();
        players.forEach(p -> playerById.put(p.id, p));
        List<GameSnapshot.PlayerLine> standings = new ArrayList<>();
        Map<Long, GameSnapshot.PlayerLine> byPlayer = new HashMap<>();
        for (Standings.Ranked r : ranked) {
            GamePlayer p = playerById.get(r.entry().playerId());
            int streak = p.lastCorrectIndex >= game.questionIndex - 1 ? p.streak : 0;
            GameSnapshot.PlayerLine line = new GameSnapshot.PlayerLine(r.rank(), p.id, p.displayName, p.score,
                    p.correctCount, streak);
            standings.add(line);
            byPlayer.put(p.id, line);
        }

        GameSnapshot.QuestionView view = null;
        GameSnapshot.Reveal reveal = null;
        Map<Long, GameSnapshot.AnswerLine> answers = new HashMap<>();
        Long questionId = game.currentQuestionId().orElse(null);
        if (questionId != null) {
            QuestionDetail detail = feed.questions.computeIfAbsent(questionId, GameFeeds::detail);
            view = detail.view();
            List<GameAnswer> given = GameAnswer.ofQuestion(game.id, questionId);
            given.forEach(a -> answers.put(a.playerId, new GameSnapshot.AnswerLine(a.response, a.correct, a.points, a.timeMs)));
            if (game.state == GameState.REVEAL) {
                List<GameSnapshot.ChoiceCount> distribution = view.choices().stream()
                        .map(c -> new GameSnapshot.ChoiceCount(c,
                                count(given, c), given.isEmpty() ? 0 : count(given, c) * 100 / given.size(),
                                c.equalsIgnoreCase(detail.answer().strip())))
                        .toList();
                reveal = new GameSnapshot.Reveal(detail.answer(), distribution, detail.sources());
            }
        }
        return new GameSnapshot(game.id, version, game.pin, game.classId, className, set.title, game.state,
                game.questionIndex, game.questionCount(), game.rules(), game.questionStartedAt, game.questionDeadline,
                view, reveal, answers.size(), List.copyOf(standings), Map.copyOf(byPlayer), Map.copyOf(answers),
                Map.copyOf(playerByLearner));
    }

    private static int count(List<GameAnswer> answers, String choice) {
        return (int) answers.stream().filter(a -> a.response.equals(choice)).count();
    }

    private static QuestionDetail detail(long questionId) {
        Question q = Question.findById(questionId);
        List<GameSnapshot.SourceView> sources = new ArrayList<>();
        for (QuestionSource source : q.sources) {
            Document doc = Document.findById(source.documentId);
            int start = Math.max(0, Math.min(source.start, doc.text.length()));
            int end = Math.max(start, Math.min(source.end, doc.text.length()));
            String quote = doc.text.substring(start, end);
            if (quote.length() > MAX_QUOTE) {
                quote = quote.substring(0, MAX_QUOTE) + "…";
            }
            sources.add(GameSnapshot.SourceView.of(doc.id, doc.title, quote, source.start, source.end));
        }
        return new QuestionDetail(new GameSnapshot.QuestionView(q.id, q.type.name(), q.prompt,
                List.copyOf(GameService.choicesOf(q))), q.answer, List.copyOf(sources));
    }
}
