package org.citequiz.questionset.interop;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.citequiz.account.Instructor;
import org.citequiz.account.InstructorBootstrap;
import org.citequiz.classroom.ClassMembership;
import org.citequiz.classroom.SchoolClass;
import org.citequiz.play.Attempt;
import org.citequiz.play.Learner;
import org.citequiz.play.Response;
import org.citequiz.questionset.Question;

/** Rows the interop endpoint tests need that other features' APIs create (instructors, classes, answers). */
@ApplicationScoped
public class InteropTestData {

    public record Scores(long ownClass, long otherClass) {
    }

    @Transactional
    public void ensureInstructor(String username, String password) {
        if (Instructor.findByUsername(username).isEmpty()) {
            InstructorBootstrap.create(username, password, username);
        }
    }

    /**
     * One learner answering the set's questions in the teacher's class, one answering outside any class, and one
     * in another instructor's class.
     */
    @Transactional
    public Scores scores(long setId) {
        List<Question> questions = Question.list("setId = ?1 order by id", setId);
        long teacher = Instructor.findByUsername("teacher").orElseThrow().id;
        long other = Instructor.findByUsername("other-teacher").orElseThrow().id;
        SchoolClass own = schoolClass("Morning class", teacher);
        SchoolClass foreign = schoolClass("Secret class", other);
        Learner ada = learner("Ada");
        membership(own, ada, "Ada in class");
        answer(ada, own, setId, questions, true);
        answer(learner("Solo"), null, setId, questions.subList(0, 1), false);
        Learner secret = learner("Secret learner");
        membership(foreign, secret, "Secret");
        answer(secret, foreign, setId, questions.subList(0, 1), true);
        return new Scores(own.id, foreign.id);
    }

    private static SchoolClass schoolClass(String name, long owner) {
        SchoolClass c = new SchoolClass();
        c.name = name;
        c.code = UUID.randomUUID().toString().substring(0, 8);
        c.ownerId = owner;
        c.createdAt = Instant.now();
        c.persist();
        return c;
    }

    private static Learner learner(String name) {
        Learner l = new Learner();
        l.publicId = UUID.randomUUID().toString();
        l.displayName = name;
        l.resumeCode = UUID.randomUUID().toString().substring(0, 12);
        l.createdAt = Instant.now();
        l.persist();
        return l;
    }

    private static void membership(SchoolClass c, Learner l, String name) {
        ClassMembership m = new ClassMembership();
        m.classId = c.id;
        m.learnerId = l.id;
        m.displayName = name;
        m.nameKey = name.toLowerCase();
        m.joinedAt = Instant.now();
        m.persist();
    }

    private static void answer(Learner learner, SchoolClass c, long setId, List<Question> questions, boolean right) {
        Attempt a = new Attempt();
        a.publicId = UUID.randomUUID().toString();
        a.learnerId = learner.id;
        a.setId = setId;
        a.classId = c == null ? null : c.id;
        a.seed = 1;
        a.setQuestionIdList(questions.stream().map(q -> q.id).toList());
        a.startedAt = Instant.now();
        a.persist();
        for (Question q : questions) {
            Response r = new Response();
            r.attemptId = a.id;
            r.questionId = q.id;
            r.response = right ? q.answer : "wrong";
            r.correct = right;
            r.points = right ? 100 : 0;
            r.timeMs = 1500;
            r.answeredAt = Instant.now();
            r.persist();
        }
    }
}
