package org.citequiz.classroom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.citequiz.play.ClassEnrolment;
import org.citequiz.play.Learner;
import org.citequiz.web.ProblemException;

/** Joins learners to classes by code, under a display name that is decent and unique within the class. */
@ApplicationScoped
public class ClassroomEnrolment implements ClassEnrolment {

    @Override
    @Transactional
    public long enrol(Learner learner, String classCode) {
        SchoolClass schoolClass = SchoolClass.requireByCode(classCode);
        Optional<ClassMembership> existing = ClassMembership.find(schoolClass.id, learner.id);
        if (existing.isPresent()) {
            return schoolClass.id; // re-joining, even a closed class, changes nothing
        }
        if (schoolClass.closed) {
            throw new ProblemException(409, "Class closed", "This class is closed to new members.");
        }
        String refusal = DisplayName.refusal(learner.displayName);
        if (refusal != null) {
            throw ProblemException.badRequest(refusal);
        }
        String key = DisplayName.key(learner.displayName);
        if (ClassMembership.findByNameKey(schoolClass.id, key).isPresent()) {
            throw nameTaken();
        }
        ClassMembership member = new ClassMembership();
        member.classId = schoolClass.id;
        member.learnerId = learner.id;
        member.displayName = DisplayName.clean(learner.displayName);
        member.nameKey = key;
        member.joinedAt = Instant.now();
        try {
            member.persistAndFlush();
        } catch (PersistenceException e) {
            // Two learners took the same name at the same moment: the unique constraint decided.
            throw nameTaken();
        }
        return schoolClass.id;
    }

    private static ProblemException nameTaken() {
        return new ProblemException(409, "Name taken",
                "Someone in this class already uses this name. Please choose another one.");
    }
}
