package org.citequiz.corpus;

import java.util.Optional;

/**
 * What the corpus needs to know about the question set a document belongs to. Implemented by the question-set
 * feature, so that the corpus does not depend on what comes after it.
 */
public interface OwningSets {

    /**
     * The set, if the current user may read its documents (published sets: anyone; unpublished or archived
     * sets: the instructors who manage them); empty otherwise or when there is no such set.
     */
    Optional<OwningSet> readable(long setId);

    /** @param href where a reader goes "back to the set" */
    record OwningSet(long id, String title, String href) {
    }
}
