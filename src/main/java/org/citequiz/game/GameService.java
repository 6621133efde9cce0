package org.citequiz.game;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.citequiz.classroom.ClassMembership;
import org.citequiz.classroom.SchoolClass;
import org.citequiz.generation.QuestionType;
import org.citequiz.play.AnswerRecorded;
import org.citequiz.play.ClassEnrolment;
import org.citequiz.play.Learner;
import org.citequiz.questionset.Question;
import org.citequiz.questionset.QuestionSet;
import org.citequiz.web.ProblemException;

/**
 * The rules of live games. Every public method runs in its own transaction and, once it has committed, refreshes the
 * game's live snapshot, so viewers never see a change that was rolled back.
 */
@ApplicationScoped
public class GameService {

    static final Pattern PIN = Pattern.compile("\\d{6}");
    static final int MAX_NAME = 24;
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} .'_-]*");
    private static final List<QuestionType> PLAYABLE = List.of(QuestionType.MULTIPLE_CHOICE, QuestionType.TRUE_FALSE);
    private static final List<String> TRUE_FALSE = List.of("True", "False");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    GameConfig config;

    @Inject
    GameClock clock;

    @Inject
    GameFeeds feeds;

    @Inject
    Event<AnswerRecorded> answerRecorded;

    @Inject
    Instance<ClassEnrolment> enrolment;

    public record NewGame(long setId, Long classId, int questionCount, int secondsPerQuestion, boolean speedPoints,
            boolean streakBonus) {
    }

    public record Joined(long gameId, long playerId, String learnerPublicId, boolean rejoined) {
    }

    public record AnswerResult(boolean accepted, boolean correct, int points, int score) {
    }

    // ---- hosting ----

    public Game create(long hostId, NewGame request) {
        if (request.questionCount() < 1 || request.questionCount() > config.maxQuestions()) {
            throw ProblemException.badRequest("questionCount must be between 1 and " + config.maxQuestions() + ".");
        }
        if (request.secondsPerQuestion() < config.minSeconds() || request.secondsPerQuestion() > config.maxSeconds()) {
            throw ProblemException.badRequest("secondsPerQuestion must be between " + config.minSeconds() + " and "
                    + config.maxSeconds() + ".");
        }
        Game game = QuarkusTransaction.requiringNew().call(() -> {
            QuestionSet set = QuestionSet.<QuestionSet>findByIdOptional(request.setId())
                    .orElseThrow(() -> ProblemException.notFound("Question set " + request.setId()));
            if (!set.published || set.archived) {
                throw ProblemException.conflict("Only published question sets can be played.");
            }
            if (request.classId() != null) {
                SchoolClass schoolClass = SchoolClass.<SchoolClass>findByIdOptional(request.classId())
                        .orElseThrow(() -> ProblemException.notFound("Class " + request.classId()));
                if (!schoolClass.ownerId.equals(hostId)) {
                    throw ProblemException.forbidden("You can only host games for your own classes.");
                }
            }
            List<Question> playable = playableQuestions(set.id);
            if (playable.isEmpty()) {
                throw ProblemException.conflict("This set has no approved multiple-choice or true/false questions.");
            }
            List<Question> chosen = new ArrayList<>(playable);
            Collections.shuffle(chosen, RANDOM);
            chosen = chosen.subList(0, Math.min(request.questionCount(), chosen.size()));

            Game g = new Game();
            g.pin = freePin();
            g.activePin = g.pin;
            g.classId = request.classId();
            g.setId = set.id;
            g.hostId = hostId;
            g.state = GameState.LOBBY;
            g.questionIndex = -1;
            g.secondsPerQuestion = request.secondsPerQuestion();
            g.speedPoints = request.speedPoints();
            g.streakBonus = request.streakBonus();
            g.setQuestionIdList(chosen.stream().map(q -> q.id).toList());
            g.createdAt = clock.now();
            g.persist();
            return g;
        });
        feeds.changed(game.id);
        return game;
    }

    static List<Question> playableQuestions(long setId) {
        return Question.playableOfSet(setId).stream()
                .filter(q -> PLAYABLE.contains(q.type))
                .filter(q -> q.type == QuestionType.TRUE_FALSE || q.choices.size() >= 2)
                .toList();
    }

    /** The choices a player picks from; true/false questions may be stored without them. */
    static List<String> choicesOf(Question q) {
        return q.type == QuestionType.TRUE_FALSE && q.choices.isEmpty() ? TRUE_FALSE : q.choices;
    }

    private String freePin() {
        for (int attempt = 0; attempt < 50; attempt++) {
            String pin = String.valueOf(100_000 + RANDOM.nextInt(900_000));
            if (Game.findActiveByPin(pin).isEmpty()) {
                return pin;
            }
        }
        throw new ProblemException(503, "No PIN available", "Too many games are running; try again shortly.");
    }

    /** The game, if this instructor hosts it: 404 for an unknown game, 403 for someone else's. */
    public Game requireHosted(long gameId, long hostId) {
        Game game = QuarkusTransaction.requiringNew().call(() -> Game.<Game>findById(gameId));
        if (game == null) {
            throw ProblemException.notFound("Game " + gameId);
        }
        if (!game.hostId.equals(hostId)) {
            throw ProblemException.forbidden("Only the host of this game can do that.");
        }
        return game;
    }

    public GameFlow.Position move(long gameId, long hostId, GameFlow.Action action) {
        GameFlow.Position to = QuarkusTransaction.requiringNew().call(() -> {
            Game game = Game.findById(gameId);
            if (game == null) {
                throw ProblemException.notFound("Game " + gameId);
            }
            if (!game.hostId.equals(hostId)) {
                throw ProblemException.forbidden("Only the host of this game can do that.");
            }
            if (action == GameFlow.Action.START && GamePlayer.count("gameId", gameId) == 0) {
                throw ProblemException.conflict("Nobody has joined yet.");
            }
            GameFlow.Position from = new GameFlow.Position(game.state, game.questionIndex);
            GameFlow.Position target;
            try {
                target = GameFlow.apply(from, action, game.questionCount());
            } catch (GameFlow.IllegalMove e) {
                throw ProblemException.conflict(e.getMessage());
            }
            if (!transition(game, from, target, clock.now())) {
                throw ProblemException.conflict("The game moved on meanwhile; reload to see where it is.");
            }
            if (action == GameFlow.Action.SKIP && from.state() == GameState.QUESTION) {
                // A skipped question neither extends nor breaks a streak.
                GamePlayer.update("lastCorrectIndex = ?1 where gameId = ?2 and lastCorrectIndex = ?3",
                        from.index(), gameId, from.index() - 1);
            }
            return target;
        });
        feeds.changed(gameId);
        return to;
    }

    /**
     * Applies a move only if the game is still where it was read: the UPDATE's WHERE clause makes it idempotent and
     * safe when two nodes try it at once (one of them updates no row).
     */
    private boolean transition(Game game, GameFlow.Position from, GameFlow.Position to, Instant now) {
        int rows = switch (to.state()) {
            case QUESTION -> Game.update("state = ?1, questionIndex = ?2, questionStartedAt = ?3, questionDeadline = ?4 "
                    + "where id = ?5 and state = ?6 and questionIndex = ?7", GameState.QUESTION, to.index(), now,
                    now.plusSeconds(game.secondsPerQuestion), game.id, from.state(), from.index());
            case REVEAL -> Game.update("state = ?1 where id = ?2 and state = ?3 and questionIndex = ?4",
                    GameState.REVEAL, game.id, from.state(), from.index());
            case FINISHED -> Game.update("state = ?1, activePin = null, finishedAt = ?2 "
                    + "where id = ?3 and state = ?4 and questionIndex = ?5", GameState.FINISHED, now, game.id,
                    from.state(), from.index());
            case LOBBY -> 0;
        };
        return rows == 1;
    }

    /** Closes every question whose time is up; called every second by {@link GameTicker} on every node. */
    public List<Long> closeExpiredQuestions() {
        Instant now = clock.now();
        List<Long> closed = QuarkusTransaction.requiringNew().call(() -> {
            List<Long> ids = new ArrayList<>();
            for (Game game : Game.<Game>list("state = ?1 and questionDeadline <= ?2", GameState.QUESTION, now)) {
                int rows = Game.update("state = ?1 where id = ?2 and state = ?3 and questionIndex = ?4",
                        GameState.REVEAL, game.id, GameState.QUESTION, game.questionIndex);
                if (rows == 1) {
                    ids.add(game.id);
                }
            }
            return ids;
        });
        closed.forEach(feeds::changed);
        return closed;
    }

    // ---- players ----

    /**
     * Puts a learner into the game with this PIN. A learner already in the game (recognised by cookie, or by the same
     * name) gets their existing player back, score included.
     */
    public Joined join(String pin, String name, Optional<String> learnerPublicId) {
        String cleanPin = pin == null ? "" : pin.strip();
        if (!PIN.matcher(cleanPin).matches()) {
            throw ProblemException.badRequest("A game PIN is 6 digits.");
        }
        Joined joined = QuarkusTransaction.requiringNew().call(() -> {
            Game game = Game.findActiveByPin(cleanPin)
                    .orElseThrow(() -> new ProblemException(404, "Unknown PIN", "No running game has the PIN " + cleanPin + "."));
            Optional<Learner> known = learnerPublicId.flatMap(Learner::findByPublicId);
            if (known.isPresent()) {
                Optional<GamePlayer> existing = GamePlayer.findByLearner(game.id, known.get().id);
                if (existing.isPresent()) {
                    return new Joined(game.id, existing.get().id, known.get().publicId, true);
                }
            }
            String displayName = cleanName(name == null || name.isBlank()
                    ? known.map(l -> l.displayName).orElse(null) : name);
            String key = GamePlayer.nameKey(displayName);
            Optional<GamePlayer> sameName = GamePlayer.findByNameKey(game.id, key);
            if (sameName.isPresent()) {
                // Coming back on another device (or after clearing cookies): the name within this game is the key.
                Learner learner = Learner.findById(sameName.get().learnerId);
                return new Joined(game.id, sameName.get().id, learner.publicId, true);
            }
            if (GamePlayer.count("gameId", game.id) >= config.maxPlayers()) {
                throw ProblemException.conflict("This game is full.");
            }
            Learner learner = known.orElseGet(() -> newLearner(displayName));
            if (game.classId != null && ClassMembership.find(game.classId, learner.id).isEmpty() && enrolment.isResolvable()) {
                SchoolClass schoolClass = SchoolClass.findById(game.classId);
                enrolment.get().enrol(learner, schoolClass.code);
            }
            GamePlayer player = new GamePlayer();
            player.gameId = game.id;
            player.learnerId = learner.id;
            player.displayName = displayName;
            player.nameKey = key;
            player.joinedAt = clock.now();
            player.persist();
            return new Joined(game.id, player.id, learner.publicId, false);
        });
        feeds.changed(joined.gameId());
        return joined;
    }

    static String cleanName(String name) {
        if (name == null || name.isBlank()) {
            throw ProblemException.badRequest("Enter a display name.");
        }
        String clean = name.strip().replaceAll("\\s+", " ");
        if (clean.length() > MAX_NAME) {
            throw ProblemException.badRequest("A display name has at most " + MAX_NAME + " characters.");
        }
        if (!NAME.matcher(clean).matches()) {
            throw ProblemException.badRequest("A display name uses letters, digits, spaces and . ' _ - only.");
        }
        return clean;
    }

    private Learner newLearner(String displayName) {
        Learner learner = new Learner();
        learner.publicId = UUID.randomUUID().toString();
        learner.displayName = displayName;
        learner.resumeCode = resumeCode();
        learner.createdAt = clock.now();
        learner.persist();
        return learner;
    }

    private static String resumeCode() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            code.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return code.toString();
    }

    /** The player of this learner in this game: 403 if they never joined it. */
    public static GamePlayer requirePlayer(long gameId, Optional<String> learnerPublicId) {
        return QuarkusTransaction.requiringNew().call(() -> learnerPublicId.flatMap(Learner::findByPublicId)
                .flatMap(l -> GamePlayer.findByLearner(gameId, l.id))
                .orElseThrow(() -> ProblemException.forbidden("Join the game with its PIN first.")));
    }

    /**
     * Stores and scores an answer. The time is the server's; an answer after the deadline, to another question than
     * the open one, or a second answer, is refused and nothing is stored.
     */
    public AnswerResult answer(long gameId, long playerId, long questionId, String response) {
        if (response == null || response.isBlank() || response.length() > 2000) {
            throw ProblemException.badRequest("Pick one of the choices.");
        }
        Instant now = clock.now();
        AnswerResult result = QuarkusTransaction.requiringNew().call(() -> {
            Game game = Game.findById(gameId);
            if (game == null) {
                throw ProblemException.notFound("Game " + gameId);
            }
            // Locking the player's row stores one player's answers one at a time; players never wait on each other.
            GamePlayer player = GamePlayer.<GamePlayer>find("id = ?1 and gameId = ?2", playerId, gameId)
                    .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                    .orElseThrow(() -> ProblemException.forbidden("Join the game with its PIN first."));
            if (game.state != GameState.QUESTION) {
                throw new ProblemException(409, "Question closed", "This question is closed; answers are no longer accepted.");
            }
            if (game.currentQuestionId().filter(id -> id == questionId).isEmpty()) {
                throw new ProblemException(409, "Question closed", "That is not the question being asked now.");
            }
            if (now.isAfter(game.questionDeadline)) {
                throw new ProblemException(409, "Time is up", "The time for this question ran out before your answer arrived.");
            }
            if (GameAnswer.exists(gameId, player.id, questionId)) {
                throw new ProblemException(409, "Already answered", "You have already answered this question.");
            }
            Question question = Question.findById(questionId);
            String picked = choicesOf(question).stream().filter(c -> c.equalsIgnoreCase(response.strip())).findFirst()
                    .orElseThrow(() -> ProblemException.badRequest("Pick one of the choices."));
            boolean correct = picked.equalsIgnoreCase(question.answer.strip());
            long timeMs = Math.max(0, now.toEpochMilli() - game.questionStartedAt.toEpochMilli());
            int streakBefore = player.streakBefore(game.questionIndex);
            int points = GameScoring.points(game.rules(), correct, Math.min(timeMs, game.rules().timeLimitMs()), streakBefore);

            GameAnswer answer = new GameAnswer();
            answer.gameId = gameId;
            answer.playerId = player.id;
            answer.questionId = questionId;
            answer.response = picked;
            answer.correct = correct;
            answer.points = points;
            answer.timeMs = timeMs;
            answer.answeredAt = now;
            answer.persist();

            player.score += points;
            player.totalTimeMs += timeMs;
            if (correct) {
                player.streak = streakBefore + 1;
                player.lastCorrectIndex = game.questionIndex;
                player.correctCount++;
            } else {
                player.streak = 0;
            }
            answerRecorded.fire(new AnswerRecorded(player.learnerId, game.setId, game.classId, questionId, correct,
                    points, timeMs, now, AnswerRecorded.GAME));
            return new AnswerResult(true, correct, points, player.score);
        });
        feeds.changed(gameId);
        return result;
    }
}
