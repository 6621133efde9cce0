package org.citequiz.generation;

import java.util.List;

/**
 * A quotation and who said it. The evidence runs from the sentence naming the speaker (when the quote only says
 * "he said") through the sentences the quotation spans.
 */
record QuoteFact(List<Sentence> evidence, String quote, String speaker, boolean resolvedSpeaker) implements Fact {

    @Override
    public Sentence sentence() {
        return evidence.get(evidence.size() - 1);
    }

    @Override
    public String kind() {
        return "QUOTE";
    }

    @Override
    public String answer() {
        return speaker;
    }
}
