package org.citequiz.generation;

import java.util.ArrayList;
import java.util.List;

/**
 * One fact as stated by one or more documents: questions are built from the primary statement and cite every
 * document that states it (one sentence run per document).
 */
record FactGroup(Fact primary, List<Fact> statements) {

    List<Citation> citations() {
        List<Citation> out = new ArrayList<>();
        List<Long> documents = new ArrayList<>();
        for (Fact f : statements) {
            if (documents.contains(f.sentence().documentId())) {
                continue;
            }
            documents.add(f.sentence().documentId());
            for (Sentence s : f.evidence()) {
                out.add(s.citation());
            }
        }
        return out;
    }

    int documentCount() {
        return (int) statements.stream().map(f -> f.sentence().documentId()).distinct().count();
    }
}
