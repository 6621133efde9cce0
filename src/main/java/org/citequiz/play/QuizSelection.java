package org.citequiz.play;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.citequiz.generation.QuestionType;

/**
 * Chooses an attempt's questions: the best of each type in turn (mixed types, higher quality first), then shuffled.
 * One question per fact: the multiple-choice and the typed form of the same fact would give each other away.
 */
public final class QuizSelection {

    /** @param fact what the question asks about (same answer, same first cited passage): one per quiz */
    public record Candidate(long id, QuestionType type, double quality, String fact) {

        public Candidate(long id, QuestionType type, double quality) {
            this(id, type, quality, "question " + id);
        }
    }

    /** The fact a question asks about: its folded answer and where its first cited passage is. */
    public static String factKey(String answer, Long firstSource) {
        return org.citequiz.generation.Prose.fold(answer) + "@" + firstSource;
    }

    private QuizSelection() {
    }

    public static List<Long> choose(List<Candidate> candidates, int count, long seed) {
        Map<QuestionType, List<Candidate>> byType = new LinkedHashMap<>();
        candidates.stream()
                .sorted(Comparator.comparingDouble(Candidate::quality).reversed().thenComparingLong(Candidate::id))
                .forEach(c -> byType.computeIfAbsent(c.type(), t -> new ArrayList<>()).add(c));
        // Types whose best question is better come first in every round.
        List<List<Candidate>> queues = new ArrayList<>(byType.values());
        List<Long> chosen = new ArrayList<>();
        java.util.Set<String> facts = new java.util.HashSet<>();
        int[] next = new int[queues.size()];
        boolean any = true;
        while (chosen.size() < count && any) {
            any = false;
            for (int i = 0; i < queues.size() && chosen.size() < count; i++) {
                List<Candidate> queue = queues.get(i);
                // this type's best question about a fact not yet in the quiz
                while (next[i] < queue.size() && facts.contains(queue.get(next[i]).fact())) {
                    next[i]++;
                }
                if (next[i] < queue.size()) {
                    Candidate c = queue.get(next[i]++);
                    facts.add(c.fact());
                    chosen.add(c.id());
                    any = true;
                }
            }
        }
        Collections.shuffle(chosen, new Random(seed));
        return chosen;
    }
}
