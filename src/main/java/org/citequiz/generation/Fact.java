package org.citequiz.generation;

import java.util.List;

/** A typed fact read from content sentences; questions are built from facts. */
sealed interface Fact permits DateFact, CountFact, PersonFact, PlaceFact, QuoteFact, AcronymFact {

    /** The sentence the fact is read from (for quotes, the one naming the speaker). */
    Sentence sentence();

    /** The sentences to cite, in text order. */
    default List<Sentence> evidence() {
        return List.of(sentence());
    }

    String kind();

    /** The answer as a learner reads it. */
    String answer();
}
