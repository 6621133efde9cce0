package org.citequiz.play;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.citequiz.generation.QuestionType;

/** Chooses an attempt's questions: the best of each type in turn (mixed types, higher quality first), then shuffled. */
public final class QuizSelection {

    public record Candidate(long id, QuestionType type, double quality) {
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
        for (int round = 0; chosen.size() < count; round++) {
            boolean any = false;
            for (List<Candidate> queue : queues) {
                if (round < queue.size() && chosen.size() < count) {
                    chosen.add(queue.get(round).id());
                    any = true;
                }
            }
            if (!any) {
                break;
            }
        }
        Collections.shuffle(chosen, new Random(seed));
        return chosen;
    }
}
