package org.citequiz.classroom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.citequiz.play.Learner;
import org.citequiz.play.LearnerNames;
import org.citequiz.web.ProblemException;

/**
 * The join page's flow: the browser's learner (or a new one under the given name, with a resume code as play
 * gives it) is enrolled by code.
 * Every rule is {@link ClassroomEnrolment}'s; nothing is stored when it refuses.
 */
@ApplicationScoped
public class JoinService {

    @Inject
    ClassroomEnrolment enrolment;

    public record Joined(Learner learner, SchoolClass schoolClass) {
    }

    public SchoolClass requireClass(String code) {
        return SchoolClass.requireByCode(code);
    }

    @Transactional
    public Joined join(String code, String displayName, Optional<String> learnerPublicId) {
        Learner learner = learnerPublicId.flatMap(Learner::findByPublicId).orElse(null);
        if (learner == null) {
            String refusal = DisplayName.refusal(displayName);
            if (refusal != null) {
                throw ProblemException.badRequest(refusal);
            }
            learner = new Learner();
            learner.publicId = UUID.randomUUID().toString();
            learner.resumeCode = unusedResumeCode();
            learner.createdAt = Instant.now();
        }
        learner.displayName = DisplayName.clean(displayName);
        if (!learner.isPersistent()) {
            learner.persist();
        }
        long classId = enrolment.enrol(learner, code);
        return new Joined(learner, SchoolClass.findById(classId));
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
