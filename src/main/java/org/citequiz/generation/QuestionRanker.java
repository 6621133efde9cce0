package org.citequiz.generation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Scores drafts 0..1 and orders them best first. What a teacher values: a clear question about a named person,
 * a date or a number, answered from one short sentence, with distractors taken from the documents themselves.
 */
final class QuestionRanker {

    private static final Map<String, Double> KIND = Map.of("PERSON", 0.82, "QUOTE", 0.8, "DATE", 0.76,
            "COUNT", 0.74, "PLACE", 0.72, "ACRONYM", 0.78, "TIMELINE", 0.7);
    private static final Map<QuestionType, Double> TYPE = Map.of(QuestionType.MULTIPLE_CHOICE, 0.04,
            QuestionType.SHORT_ANSWER, 0.02, QuestionType.NUMERIC, 0.02, QuestionType.FILL_IN_BLANK, 0.0,
            QuestionType.TRUE_FALSE, -0.12, QuestionType.ORDERING, 0.0);

    double score(Draft d) {
        double q = KIND.getOrDefault(d.kind(), 0.6) + TYPE.getOrDefault(d.type(), 0.0);
        q -= 0.04 * d.fallbackDistractors();
        if (d.resolved()) {
            q -= 0.05;
        }
        if (d.documentCount() > 1) {
            q += 0.05;
        }
        if (d.sentenceWords() > 40) {
            q -= 0.08;
        } else if (d.sentenceWords() > 30) {
            q -= 0.04;
        }
        if (d.prompt().length() > 320) {
            q -= 0.05;
        }
        return Math.max(0, Math.min(1, q));
    }

    List<GeneratedQuestion> rank(List<Draft> drafts) {
        List<GeneratedQuestion> scored = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            scored.add(d.withQuality(score(d)));
        }
        // stable tie-breaks so that the order never depends on anything but the input
        scored.sort(Comparator.comparingDouble(GeneratedQuestion::quality).reversed()
                .thenComparing(q -> q.sources().isEmpty() ? 0L : q.sources().get(0).documentId())
                .thenComparingInt(q -> q.sources().isEmpty() ? 0 : q.sources().get(0).start())
                .thenComparing(q -> q.type().ordinal())
                .thenComparing(GeneratedQuestion::prompt));
        return scored;
    }
}
