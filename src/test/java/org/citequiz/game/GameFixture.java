package org.citequiz.game;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.citequiz.account.Instructor;
import org.citequiz.classroom.SchoolClass;
import org.citequiz.corpus.DateSource;
import org.citequiz.corpus.Document;
import org.citequiz.generation.QuestionType;
import org.citequiz.questionset.Question;
import org.citequiz.questionset.QuestionOrigin;
import org.citequiz.questionset.QuestionSet;
import org.citequiz.questionset.QuestionStatus;

/** Test data for games: a published set whose questions the tests know the answers to. */
@ApplicationScoped
public class GameFixture {

    public static final String OTHER_HOST = "other-host";
    public static final String OTHER_PASSWORD = "other-test";

    static final String TEXT = "The river town held its first fair in 1921. Boats brought visitors from the coast. "
            + "The fair moved to the harbour in 1958 after a flood.";

    @Transactional
    public long publishedSet(int questionCount) {
        Instant now = Instant.now();
        QuestionSet set = new QuestionSet();
        set.slug = "game-test-" + UUID.randomUUID();
        set.title = "Game test set";
        set.published = true;
        set.createdAt = now;
        set.updatedAt = now;
        set.persist();

        Document doc = new Document();
        doc.setId = set.id;
        doc.docKey = "river-town";
        doc.version = 1;
        doc.current = true;
        doc.title = "The river town fair";
        doc.dateSource = DateSource.UNKNOWN;
        doc.contentHash = UUID.randomUUID().toString().replace("-", "");
        doc.text = TEXT;
        doc.createdAt = now;
        doc.persist();

        for (int i = 0; i < questionCount; i++) {
            Question q = new Question();
            q.setId = set.id;
            boolean trueFalse = i % 3 == 2;
            q.type = trueFalse ? QuestionType.TRUE_FALSE : QuestionType.MULTIPLE_CHOICE;
            q.prompt = trueFalse ? "True or false: statement " + i + " holds." : "In which year did event " + i + " happen?";
            q.choices = trueFalse ? new ArrayList<>(List.of("True", "False"))
                    : new ArrayList<>(List.of("1920", "1921", "1922", "1923"));
            q.answer = trueFalse ? "True" : "1921";
            q.quality = 0.9;
            q.status = QuestionStatus.APPROVED;
            q.origin = QuestionOrigin.AUTHORED;
            q.createdAt = now;
            q.updatedAt = now;
            q.addSource(doc.id, 0, 43);
            q.persist();
        }
        // A question that must never be played: pending review.
        Question pending = new Question();
        pending.setId = set.id;
        pending.type = QuestionType.MULTIPLE_CHOICE;
        pending.prompt = "Pending question";
        pending.choices = new ArrayList<>(List.of("a", "b"));
        pending.answer = "a";
        pending.status = QuestionStatus.PENDING;
        pending.origin = QuestionOrigin.AUTHORED;
        pending.createdAt = now;
        pending.updatedAt = now;
        pending.persist();
        return set.id;
    }

    @Transactional
    public long instructorId(String username) {
        return Instructor.findByUsername(username).orElseThrow().id;
    }

    @Transactional
    public void ensureOtherHost() {
        if (Instructor.findByUsername(OTHER_HOST).isEmpty()) {
            org.citequiz.account.InstructorBootstrap.create(OTHER_HOST, OTHER_PASSWORD, "Other host");
        }
    }

    @Transactional
    public long schoolClass(String ownerUsername, String name) {
        SchoolClass c = new SchoolClass();
        c.name = name;
        c.code = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        c.ownerId = instructorId(ownerUsername);
        c.createdAt = Instant.now();
        c.persist();
        return c.id;
    }

    /** The key of each question of a game. */
    @Transactional
    public Map<Long, String> answers(long gameId) {
        Map<Long, String> answers = new HashMap<>();
        for (Long id : Game.<Game>findById(gameId).questionIdList()) {
            answers.put(id, Question.<Question>findById(id).answer);
        }
        return answers;
    }

    @Transactional
    public Map<Long, String> wrongAnswers(long gameId) {
        Map<Long, String> wrong = new HashMap<>();
        for (Long id : Game.<Game>findById(gameId).questionIdList()) {
            Question q = Question.findById(id);
            wrong.put(id, q.choices.stream().filter(c -> !c.equals(q.answer)).findFirst().orElseThrow());
        }
        return wrong;
    }

    @Transactional
    public Game game(long gameId) {
        return Game.findById(gameId);
    }

    @Transactional
    public List<GamePlayer> players(long gameId) {
        return GamePlayer.ofGame(gameId);
    }

    @Transactional
    public long instructorGames(String username) {
        return Game.count("hostId", instructorId(username));
    }

    @Transactional
    public long answerCount(long gameId) {
        return GameAnswer.count("gameId", gameId);
    }

    /** Sum of each player's stored answers' points. */
    @Transactional
    public Map<Long, Long> pointsByPlayer(long gameId) {
        Map<Long, Long> sums = new HashMap<>();
        GameAnswer.<GameAnswer>list("gameId", gameId).forEach(a -> sums.merge(a.playerId, (long) a.points, Long::sum));
        return sums;
    }
}
