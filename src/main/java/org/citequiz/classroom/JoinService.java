package org.citequiz.classroom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.citequiz.play.Learner;
import org.citequiz.web.ProblemException;

/**
 * The join page's flow: the browser's learner (or a new one under the given name) is enrolled by code.
 * Every rule is {@link ClassroomEnrolment}'s; nothing is stored when it refuses.
 */
@ApplicationScoped
public class JoinService {

    private static final String RESUME_ALPHABET = JoinCode.ALPHABET;
    private static final SecureRandom RANDOM = new SecureRandom();

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
            learner.resumeCode = resumeCode();
            learner.createdAt = Instant.now();
        }
        learner.displayName = DisplayName.clean(displayName);
        if (!learner.isPersistent()) {
            learner.persist();
        }
        long classId = enrolment.enrol(learner, code);
        return new Joined(learner, SchoolClass.findById(classId));
    }

    private static String resumeCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            code.append(RESUME_ALPHABET.charAt(RANDOM.nextInt(RESUME_ALPHABET.length())));
        }
        return code.toString();
    }
}
