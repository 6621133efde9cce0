package org.citequiz.classroom;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.citequiz.web.ProblemException;

/** Classes and their rosters, managed only by the instructor who owns them. */
@ApplicationScoped
@Transactional
public class ClassService {

    @Inject
    ClassroomConfig config;

    public SchoolClass create(String name, long ownerId) {
        SchoolClass schoolClass = new SchoolClass();
        schoolClass.name = name.strip();
        schoolClass.ownerId = ownerId;
        schoolClass.code = freshCode();
        schoolClass.createdAt = Instant.now();
        schoolClass.persist();
        Log.debugf("Instructor %d created class %d (%s)", ownerId, schoolClass.id, schoolClass.code);
        return schoolClass;
    }

    public List<SchoolClass> ownedBy(long ownerId) {
        return SchoolClass.ownedBy(ownerId);
    }

    /** The class, if this instructor owns it: 404 when it does not exist, 403 when another instructor owns it. */
    public SchoolClass requireOwned(long classId, long instructorId) {
        SchoolClass schoolClass = SchoolClass.<SchoolClass>findByIdOptional(classId)
                .orElseThrow(() -> ProblemException.notFound("Class " + classId));
        if (!schoolClass.ownerId.equals(instructorId)) {
            throw ProblemException.forbidden("You do not manage this class.");
        }
        return schoolClass;
    }

    public SchoolClass rename(long classId, long instructorId, String name) {
        SchoolClass schoolClass = requireOwned(classId, instructorId);
        schoolClass.name = name.strip();
        return schoolClass;
    }

    /** A new join code; the old one stops working at once (members stay). */
    public SchoolClass regenerateCode(long classId, long instructorId) {
        SchoolClass schoolClass = requireOwned(classId, instructorId);
        schoolClass.code = freshCode();
        return schoolClass;
    }

    public SchoolClass setClosed(long classId, long instructorId, boolean closed) {
        SchoolClass schoolClass = requireOwned(classId, instructorId);
        schoolClass.closed = closed;
        return schoolClass;
    }

    public List<ClassMembership> roster(long classId, long instructorId) {
        requireOwned(classId, instructorId);
        return ClassMembership.ofClass(classId);
    }

    public ClassMembership renameMember(long classId, long instructorId, long membershipId, String newName) {
        requireOwned(classId, instructorId);
        ClassMembership member = requireMember(classId, membershipId);
        String refusal = DisplayName.refusal(newName);
        if (refusal != null) {
            throw ProblemException.badRequest(refusal);
        }
        String key = DisplayName.key(newName);
        ClassMembership.findByNameKey(classId, key).filter(other -> !other.id.equals(member.id)).ifPresent(other -> {
            throw ProblemException.conflict("Another student in this class is already called that.");
        });
        member.displayName = DisplayName.clean(newName);
        member.nameKey = key;
        return member;
    }

    /** Removes the student from the class; their answers stay recorded but they leave its leaderboard. */
    public void removeMember(long classId, long instructorId, long membershipId) {
        requireOwned(classId, instructorId);
        requireMember(classId, membershipId).delete();
    }

    private static ClassMembership requireMember(long classId, long membershipId) {
        return ClassMembership.<ClassMembership>findByIdOptional(membershipId)
                .filter(m -> m.classId.equals(classId))
                .orElseThrow(() -> ProblemException.notFound("This student"));
    }

    private String freshCode() {
        for (int i = 0; i < config.codeAttempts(); i++) {
            String code = JoinCode.random();
            if (SchoolClass.findByCode(code).isEmpty()) {
                return code;
            }
        }
        throw new IllegalStateException("No free join code after " + config.codeAttempts() + " attempts");
    }
}
