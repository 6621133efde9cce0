package org.citequiz.questionset;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.citequiz.account.CurrentInstructor;
import org.citequiz.web.ProblemException;

/** Who may change a set: its owner; bundled sets (no owner) any instructor. */
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

    public boolean canManage(QuestionSet set) {
        return set.ownerId == null || set.ownerId == instructor.id();
    }
}
