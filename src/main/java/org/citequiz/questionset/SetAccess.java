package org.citequiz.questionset;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.citequiz.account.CurrentInstructor;
import org.citequiz.web.ProblemException;

/** Who may change a set: its owner and the instructors it is shared with; bundled sets (no owner) any instructor. */
@RequestScoped
public class SetAccess {

    @Inject
    CurrentInstructor instructor;

    @Inject
    QuestionSetService sets;

    public QuestionSet requireManageable(long setId) {
        QuestionSet set = sets.require(setId);
        if (!canManage(set)) {
            throw ProblemException.forbidden("You do not manage this question set.");
        }
        return set;
    }

    /** Only the owner may share a set further. */
    public QuestionSet requireOwned(long setId) {
        QuestionSet set = requireManageable(setId);
        if (set.ownerId == null || set.ownerId != instructor.id()) {
            throw ProblemException.forbidden("Only the owner of this question set may share it.");
        }
        return set;
    }

    public boolean canManage(QuestionSet set) {
        return set.ownerId == null || set.ownerId == instructor.id() || SetShare.exists(set.id, instructor.id());
    }
}
