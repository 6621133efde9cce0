package org.citequiz.questionset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.citequiz.account.CurrentInstructor;
import org.citequiz.corpus.OwningSets;

/** Who may read a set's documents: the same people who may see the set (see {@link SetResource#get}). */
@ApplicationScoped
public class SetDocumentAccess implements OwningSets {

    @Inject
    CurrentInstructor instructor;

    @Inject
    SetAccess access;

    @Override
    public Optional<OwningSet> readable(long setId) {
        QuestionSet set = QuestionSet.findById(setId);
        if (set == null) {
            return Optional.empty();
        }
        boolean visible = (set.published && !set.archived) || (instructor.signedIn() && access.canManage(set));
        if (!visible) {
            return Optional.empty();
        }
        // A published set's public page is where learners start its quiz; other sets are reached from the home page.
        String href = set.published && !set.archived ? "/play/sets/" + set.id : "/";
        return Optional.of(new OwningSet(set.id, set.title, href));
    }
}
