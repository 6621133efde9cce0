package org.citequiz.questionset.interop;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.citequiz.classroom.ClassMembership;
import org.citequiz.classroom.SchoolClass;
import org.citequiz.play.Attempt;
import org.citequiz.play.Learner;
import org.citequiz.play.Response;
import org.citequiz.questionset.Question;
import org.citequiz.questionset.QuestionSet;
import org.citequiz.web.ProblemException;

/**
 * Scores for gradebooks: one CSV row per learner and answered question. A class's rows go only to the instructor
 * who runs the class, so a set's export holds the answers given outside any class plus those in the requesting
 * instructor's own classes.
 */
@ApplicationScoped
@Transactional
public class ScoresExport {

    static final List<String> HEADER = List.of("learner_name", "learner_id", "class", "set", "attempt",
            "question_id", "prompt", "response", "correct", "points", "time_ms", "answered_at");

    public String forSet(long setId, long instructorId) {
        List<Attempt> attempts = Attempt.list("setId = ?1", setId);
        Map<Long, SchoolClass> classes = classes(attempts);
        List<Attempt> visible = attempts.stream()
                .filter(a -> a.classId == null || (classes.containsKey(a.classId)
                        && classes.get(a.classId).ownerId == instructorId))
                .toList();
        return table(visible, classes);
    }

    public String forClass(long classId, Long setId, long instructorId) {
        SchoolClass schoolClass = SchoolClass.findById(classId);
        if (schoolClass == null) {
            throw ProblemException.notFound("Class " + classId);
        }
        if (schoolClass.ownerId != instructorId) {
            throw ProblemException.forbidden("You do not run this class.");
        }
        if (setId != null && QuestionSet.findById(setId) == null) {
            throw ProblemException.notFound("Question set " + setId);
        }
        List<Attempt> attempts = setId == null ? Attempt.list("classId = ?1", classId)
                : Attempt.list("classId = ?1 and setId = ?2", classId, setId);
        return table(attempts, Map.of(classId, schoolClass));
    }

    private static Map<Long, SchoolClass> classes(List<Attempt> attempts) {
        Set<Long> ids = attempts.stream().map(a -> a.classId).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        return ids.isEmpty() ? Map.of()
                : SchoolClass.<SchoolClass>list("id in ?1", ids).stream().collect(Collectors.toMap(c -> c.id, c -> c));
    }

    private record Row(String learner, Attempt attempt, Response response) {
    }

    private static String table(List<Attempt> attempts, Map<Long, SchoolClass> classes) {
        CsvTable table = new CsvTable(HEADER);
        if (attempts.isEmpty()) {
            return table.toString();
        }
        Map<Long, Attempt> byId = attempts.stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
        List<Response> responses = Response.list("attemptId in ?1", byId.keySet());
        Map<Long, Learner> learners = byIds(Learner.class, attempts.stream().map(a -> a.learnerId).collect(Collectors.toSet()));
        Map<Long, Question> questions = byIds(Question.class, responses.stream().map(r -> r.questionId).collect(Collectors.toSet()));
        Map<Long, QuestionSet> sets = byIds(QuestionSet.class, attempts.stream().map(a -> a.setId).collect(Collectors.toSet()));
        // In a class a learner goes by the name they joined it with.
        Map<String, String> classNames = classes.isEmpty() ? Map.of()
                : ClassMembership.<ClassMembership>list("classId in ?1", classes.keySet()).stream()
                        .collect(Collectors.toMap(m -> m.classId + ":" + m.learnerId, m -> m.displayName, (a, b) -> a));
        List<Row> rows = new ArrayList<>();
        for (Response r : responses) {
            Attempt a = byId.get(r.attemptId);
            String name = a.classId == null ? null : classNames.get(a.classId + ":" + a.learnerId);
            if (name == null) {
                name = learners.get(a.learnerId).displayName;
            }
            rows.add(new Row(name, a, r));
        }
        rows.sort(Comparator.comparing(Row::learner, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(row -> row.attempt().learnerId)
                .thenComparing(row -> row.attempt().id)
                .thenComparing(row -> row.response().answeredAt)
                .thenComparing(row -> row.response().id));
        for (Row row : rows) {
            Attempt a = row.attempt();
            Response r = row.response();
            SchoolClass c = a.classId == null ? null : classes.get(a.classId);
            Question q = questions.get(r.questionId);
            table.row(java.util.Arrays.asList(row.learner(), a.learnerId, c == null ? null : c.name,
                    sets.get(a.setId).title, a.id, r.questionId, q == null ? null : q.prompt, r.response, r.correct,
                    r.points, r.timeMs, r.answeredAt));
        }
        return table.toString();
    }

    private static <T extends org.citequiz.web.IdentifiedEntity> Map<Long, T> byIds(Class<T> type, Set<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<T> found = io.quarkus.hibernate.orm.panache.Panache.getEntityManager()
                .createQuery("from " + type.getSimpleName() + " where id in :ids", type).setParameter("ids", ids)
                .getResultList();
        return found.stream().collect(Collectors.toMap(e -> e.id, Function.identity()));
    }
}
