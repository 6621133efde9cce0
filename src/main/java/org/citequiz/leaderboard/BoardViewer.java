package org.citequiz.leaderboard;

import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.citequiz.account.CurrentInstructor;
import org.citequiz.classroom.ClassMembership;
import org.citequiz.classroom.SchoolClass;
import org.citequiz.play.CurrentLearner;
import org.citequiz.play.Learner;
import org.citequiz.web.ProblemException;

/**
 * Who may see a class's leaderboard, with its learners' names: the class's instructor and its members.
 * Anyone else signed in (another instructor, a learner of another class) gets 403, anonymous visitors 401.
 */
@RequestScoped
public class BoardViewer {

    /** @param learnerId the viewing learner, or null when the class's instructor is looking */
    public record Viewer(Long learnerId) {
    }

    @Inject
    CurrentInstructor instructor;

    @Inject
    CurrentLearner learner;

    public Viewer require(SchoolClass schoolClass) {
        boolean signedIn = instructor.signedIn();
        if (signedIn && schoolClass.ownerId.equals(instructor.id())) {
            return new Viewer(null);
        }
        Optional<Learner> viewing = learner.learner();
        if (viewing.isPresent() && ClassMembership.isMember(schoolClass.id, viewing.get().id)) {
            return new Viewer(viewing.get().id);
        }
        if (!signedIn && viewing.isEmpty()) {
            throw new UnauthorizedException();
        }
        throw ProblemException.forbidden("Only this class's members and its instructor can see its leaderboard.");
    }
}
