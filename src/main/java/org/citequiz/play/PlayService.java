package org.citequiz.play;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.citequiz.generation.QuestionType;
import org.citequiz.play.PlayViews.AttemptSummary;
import org.citequiz.play.PlayViews.Citation;
import org.citequiz.play.PlayViews.Feedback;
import org.citequiz.play.PlayViews.NextQuestion;
import org.citequiz.play.PlayViews.Reviewed;
import org.citequiz.questionset.Question;
import org.citequiz.questionset.QuestionSet;
import org.citequiz.questionset.QuestionSource;
import org.citequiz.questionset.QuestionStatus;
import org.citequiz.web.ProblemException;

/**
 * Attempts and answers. Every read or write of an attempt goes through {@link #owned}, which answers "not found"
 * unless the attempt belongs to the learner of the request, so attempt ids reveal nothing to anyone else.
 */
@ApplicationScoped
@Transactional
public class PlayService {

    static final int MAX_RESPONSE = 500;
    static final int MAX_CLASS_CODE = 40;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    PlayConfig config;

    @Inject
    Instance<ClassEnrolment> enrolment;

    @Inject
    Event<AnswerRecorded> recorded;

    @Inject
    ObjectMapper json;

    @Inject
    CitedDocuments documents;

    @Inject
    PlayableQuestions questions;

    @Inject
    ResumeThrottle resumeThrottle;

    public record Start(Learner learner, PlayViews.Started started) {
    }

    private record Owned(Attempt attempt, Learner learner) {
    }

    /** A set learners may play: published and not archived; others are "not found". */
    public QuestionSet playableSet(long setId) {
        QuestionSet set = QuestionSet.findById(setId);
        if (set == null || !set.published || set.archived) {
            throw ProblemException.notFound("Question set " + setId);
        }
        return set;
    }

    public Start start(long setId, String rawName, String rawClassCode, Optional<String> learnerPublicId) {
        playableSet(setId);
        String name = LearnerNames.displayName(rawName);
        String classCode = rawClassCode == null || rawClassCode.isBlank() ? null : rawClassCode.strip();
        if (classCode != null && classCode.length() > MAX_CLASS_CODE) {
            throw ProblemException.badRequest("That class code is too long.");
        }
        if (classCode != null && !enrolment.isResolvable()) {
            throw ProblemException.badRequest("Classes are not available on this server: leave the class code empty.");
        }
        List<QuizSelection.Candidate> candidates = Question.getEntityManager().createQuery(
                "select q.id, q.type, q.quality, q.answer, (select min(s.documentId * 100000000 + s.start) "
                        + "from QuestionSource s where s.question = q) from Question q "
                        + "where q.setId = ?1 and q.status in ?2", Object[].class)
                .setParameter(1, setId).setParameter(2, List.of(QuestionStatus.APPROVED, QuestionStatus.AUTO_APPROVED))
                .getResultStream()
                .map(row -> new QuizSelection.Candidate((Long) row[0], (QuestionType) row[1], (Double) row[2],
                        QuizSelection.factKey((String) row[3], (Long) row[4])))
                .toList();
        if (candidates.isEmpty()) {
            throw ProblemException.conflict("This question set has no questions to play yet.");
        }
        Learner learner = learnerPublicId.flatMap(Learner::findByPublicId).orElseGet(PlayService::newLearner);
        learner.displayName = name;
        if (!learner.isPersistent()) {
            learner.persist();
        }
        Attempt attempt = new Attempt();
        attempt.publicId = newAttemptId();
        attempt.learnerId = learner.id;
        attempt.setId = setId;
        if (classCode != null) {
            attempt.classId = enrolment.get().enrol(learner, classCode);
        }
        attempt.seed = RANDOM.nextLong();
        attempt.setQuestionIdList(QuizSelection.choose(candidates, config.questionsPerQuiz(), attempt.seed));
        attempt.startedAt = Instant.now();
        attempt.persist();
        return new Start(learner, new PlayViews.Started(attempt.publicId, learner.id, attempt.total));
    }

    /** The question to answer now, marking when it was first shown; empty when the attempt is finished. */
    public Optional<NextQuestion> next(String attemptId, Optional<String> learnerPublicId) {
        Attempt attempt = owned(attemptId, learnerPublicId).attempt();
        return current(attempt);
    }

    /** The page of the question to answer now; null when the attempt is finished. Reads without a transaction. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PlayViews.QuestionPage questionPage(String attemptId, Optional<String> learnerPublicId) {
        Owned owned = owned(attemptId, learnerPublicId);
        Optional<NextQuestion> question = current(owned.attempt());
        return question.map(q -> new PlayViews.QuestionPage(summary(owned), setTitle(owned.attempt().setId), q))
                .orElse(null);
    }

    private Optional<NextQuestion> current(Attempt attempt) {
        if (attempt.finished()) {
            return Optional.empty();
        }
        if (attempt.servedAt == null) {
            // A bulk update leaves the attempt's version alone, so showing a question never races an answer.
            // Page views run without a transaction; only this first view of a question writes.
            Runnable markServed = () -> Attempt.update("servedAt = ?1 where id = ?2 and servedAt is null and answered = ?3",
                    Instant.now(), attempt.id, attempt.answered);
            if (QuarkusTransaction.isActive()) {
                markServed.run();
            } else {
                QuarkusTransaction.requiringNew().run(markServed);
            }
        }
        PlayableQuestions.Shown q = questions.of(attempt.questionIdList().get(attempt.answered));
        List<String> choices = switch (q.type()) {
            case TRUE_FALSE -> Scoring.TRUE_FALSE;
            case ORDERING -> Scoring.displayOrder(q.items(), attempt.seed, q.id());
            case MULTIPLE_CHOICE -> q.choices();
            default -> List.of();
        };
        return Optional.of(new NextQuestion(q.id(), q.type(), q.prompt(), choices, attempt.answered + 1, attempt.total));
    }

    public PlayViews.Answered answer(String attemptId, Optional<String> learnerPublicId, Long questionId,
            Submission submission) {
        Owned owned = owned(attemptId, learnerPublicId);
        Attempt attempt = owned.attempt();
        if (questionId == null) {
            throw ProblemException.badRequest("Say which question you are answering (questionId).");
        }
        if (attempt.finished()) {
            throw ProblemException.conflict("This quiz is finished: its answers can no longer be changed.");
        }
        List<Long> ids = attempt.questionIdList();
        int index = ids.indexOf(questionId);
        if (index < 0) {
            throw ProblemException.badRequest("Question " + questionId + " is not part of this quiz.");
        }
        if (index < attempt.answered) {
            throw ProblemException.conflict("You have already answered this question; an answer counts once.");
        }
        if (index > attempt.answered) {
            throw ProblemException.conflict("That is not the current question: answer the questions in order.");
        }
        Question question = readOnlyQuestion(questionId);
        Scoring.Verdict verdict = Scoring.score(AnswerKey.of(question), submission);
        String stored = storedForm(submission);

        Instant now = Instant.now();
        Instant clock = attempt.servedAt != null ? attempt.servedAt
                : attempt.lastAnsweredAt != null ? attempt.lastAnsweredAt : attempt.startedAt;
        long timeMs = Math.max(0, Duration.between(clock, now).toMillis());
        Response response = new Response();
        response.attemptId = attempt.id;
        response.questionId = questionId;
        response.response = stored;
        response.correct = verdict.correct();
        response.points = verdict.points();
        response.timeMs = timeMs;
        response.answeredAt = now;
        attempt.answered++;
        if (verdict.correct()) {
            attempt.correctCount++;
        }
        attempt.totalPoints += verdict.points();
        attempt.lastAnsweredAt = now;
        attempt.servedAt = null;
        if (attempt.answered >= attempt.total) {
            attempt.finishedAt = now;
        }
        try {
            response.persist();
            Attempt.flush();
            // observers write through the transaction's connection at once, so their failures surface here too
            recorded.fire(new AnswerRecorded(owned.learner().id, attempt.setId, attempt.classId, questionId,
                    verdict.correct(), verdict.points(), timeMs, now, AnswerRecorded.QUIZ));
        } catch (PersistenceException e) {
            // The unique (attempt, question) constraint or the attempt's version caught a concurrent answer.
            Log.debugf("Concurrent answer refused for attempt %s: %s", attempt.id, e.getMessage());
            throw ProblemException.conflict("This question was answered at the same moment elsewhere; "
                    + "only the first answer counts.");
        }
        Reviewed reviewed = reviewed(index + 1, question, response, citations(List.of(question)));
        AttemptSummary summary = summary(owned);
        Feedback feedback = new Feedback(verdict.correct(), question.answer, verdict.points(), attempt.totalPoints,
                reviewed.citations().stream().map(Citation::api).toList());
        return new PlayViews.Answered(feedback, reviewed, summary);
    }

    public AttemptSummary summary(String attemptId, Optional<String> learnerPublicId) {
        return summary(owned(attemptId, learnerPublicId));
    }

    /** An answered question of the attempt, for the feedback page; not found until it has been answered. */
    public PlayViews.FeedbackPage feedback(String attemptId, Optional<String> learnerPublicId, long questionId) {
        Owned owned = owned(attemptId, learnerPublicId);
        Response response = Response.<Response>find("attemptId = ?1 and questionId = ?2", owned.attempt().id,
                questionId).firstResultOptional().orElseThrow(() -> ProblemException.notFound("That answer"));
        Question question = readOnlyQuestion(questionId);
        int position = owned.attempt().questionIdList().indexOf(questionId) + 1;
        Reviewed reviewed = reviewed(position, question, response, citations(List.of(question)));
        return new PlayViews.FeedbackPage(summary(owned), setTitle(owned.attempt().setId), reviewed);
    }

    public PlayViews.SummaryPage review(String attemptId, Optional<String> learnerPublicId) {
        Owned owned = owned(attemptId, learnerPublicId);
        Attempt attempt = owned.attempt();
        List<Long> order = attempt.questionIdList();
        Map<Long, Response> responses = new HashMap<>();
        for (Response r : Response.ofAttempt(attempt.id)) {
            responses.put(r.questionId, r);
        }
        Map<Long, Question> questions = new HashMap<>();
        if (!responses.isEmpty()) {
            for (Question q : Question.<Question>list(
                    "select distinct q from Question q left join fetch q.sources where q.id in ?1", responses.keySet())) {
                questions.put(q.id, q);
            }
        }
        Map<Long, Citation> citations = citations(questions.values());
        List<Reviewed> review = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            Response r = responses.get(order.get(i));
            if (r != null) {
                review.add(reviewed(i + 1, questions.get(r.questionId), r, citations));
            }
        }
        return new PlayViews.SummaryPage(summary(owned), setTitle(attempt.setId), attempt.startedAt,
                attempt.finishedAt != null ? attempt.finishedAt : attempt.lastAnsweredAt, review);
    }

    public Optional<PlayViews.HistoryPage> history(Optional<String> learnerPublicId) {
        Optional<Learner> learner = learnerPublicId.flatMap(Learner::findByPublicId);
        return learner.map(l -> {
            List<Attempt> attempts = Attempt.ofLearner(l.id);
            Map<Long, String> titles = new HashMap<>();
            Set<Long> setIds = new HashSet<>(attempts.stream().map(a -> a.setId).toList());
            if (!setIds.isEmpty()) {
                for (QuestionSet s : QuestionSet.<QuestionSet>list("id in ?1", setIds)) {
                    titles.put(s.id, s.title);
                }
            }
            List<PlayViews.HistoryRow> rows = attempts.stream().map(a -> new PlayViews.HistoryRow(a.publicId,
                    titles.get(a.setId), a.startedAt, a.answered, a.total, a.correctCount, a.totalPoints,
                    a.finished())).toList();
            return new PlayViews.HistoryPage(l.displayName, l.resumeCode, rows);
        });
    }

    /** The learner a typed resume code belongs to; a client that keeps typing unknown codes is slowed down. */
    public Learner resume(String typedCode, String client) {
        resumeThrottle.check(client);
        String code = LearnerNames.normaliseResumeCode(typedCode);
        if (code.isEmpty()) {
            throw ProblemException.badRequest("Enter your resume code.");
        }
        Optional<Learner> learner = Learner.findByResumeCode(code);
        if (learner.isEmpty()) {
            resumeThrottle.failed(client);
            throw new ProblemException(404, "Unknown resume code",
                    "No learner has that resume code. Check it and try again.");
        }
        return learner.get();
    }

    public Optional<Learner> learner(Optional<String> learnerPublicId) {
        return learnerPublicId.flatMap(Learner::findByPublicId);
    }

    private Owned owned(String attemptId, Optional<String> learnerPublicId) {
        if (attemptId == null || attemptId.length() > 64 || learnerPublicId.isEmpty()) {
            throw ProblemException.notFound("This quiz");
        }
        Object[] row = Attempt.getEntityManager().createQuery("select a, l from Attempt a, Learner l "
                + "where a.publicId = ?1 and l.publicId = ?2 and a.learnerId = l.id", Object[].class)
                .setParameter(1, attemptId).setParameter(2, learnerPublicId.get())
                .getResultStream().findFirst().orElseThrow(() -> ProblemException.notFound("This quiz"));
        // only the attempt changes while playing: the learner is never checked for changes at flush
        Attempt.getEntityManager().unwrap(org.hibernate.Session.class).setReadOnly(row[1], true);
        return new Owned((Attempt) row[0], (Learner) row[1]);
    }

    private static AttemptSummary summary(Owned owned) {
        Attempt a = owned.attempt();
        return new AttemptSummary(a.publicId, a.setId, owned.learner().displayName, a.answered, a.total,
                a.correctCount, a.totalPoints, a.finished());
    }

    private String setTitle(long setId) {
        return documents.setTitle(setId);
    }

    /** A question with its sources, for reading only: the session never checks it for changes. */
    private static Question readOnlyQuestion(long questionId) {
        return Question.find("from Question q left join fetch q.sources where q.id = ?1", questionId)
                .withHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true).firstResult();
    }

    private Reviewed reviewed(int position, Question q, Response r, Map<Long, Citation> citations) {
        List<Citation> cited = q.sources.stream().map(s -> citations.get(s.id)).filter(c -> c != null).toList();
        return new Reviewed(position, q.id, q.type, q.prompt, readable(q.type, r.response), r.correct, r.points,
                q.answer, q.feedback, cited);
    }

    /** Source id → the passage it cites. */
    private Map<Long, Citation> citations(Collection<Question> questions) {
        Map<Long, Citation> citations = new HashMap<>();
        for (Question q : questions) {
            for (QuestionSource s : q.sources) {
                CitedDocuments.Cited d = documents.of(s.documentId);
                citations.put(s.id, new Citation(s.documentId, d.title(), d.publisher(), d.publishedOn(), s.start,
                        s.end, d.passage(s.start, s.end)));
            }
        }
        return citations;
    }

    private String storedForm(Submission submission) {
        String stored;
        if (submission.isOrdering()) {
            try {
                stored = json.writeValueAsString(submission.items());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        } else {
            stored = submission.text().strip();
        }
        if (stored.length() > (submission.isOrdering() ? 2000 : MAX_RESPONSE)) {
            throw ProblemException.badRequest("The answer is too long.");
        }
        return stored;
    }

    private String readable(QuestionType type, String stored) {
        if (type != QuestionType.ORDERING) {
            return stored;
        }
        try {
            return String.join(QuestionType.ORDER_SEPARATOR, json.readValue(stored, String[].class));
        } catch (JsonProcessingException e) {
            return stored;
        }
    }

    private static String newAttemptId() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static Learner newLearner() {
        Learner learner = new Learner();
        learner.publicId = UUID.randomUUID().toString();
        learner.resumeCode = unusedResumeCode();
        learner.createdAt = Instant.now();
        return learner;
    }

    private static String unusedResumeCode() {
        for (int tries = 0; tries < 20; tries++) {
            String code = LearnerNames.newResumeCode();
            if (Learner.findByResumeCode(code).isEmpty()) {
                return code;
            }
        }
        throw new IllegalStateException("No free resume code after 20 tries");
    }
}
