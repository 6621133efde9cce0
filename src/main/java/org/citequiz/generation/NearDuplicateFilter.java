package org.citequiz.generation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Drops questions that ask what a better-ranked question already asks: same type and same answer with a prompt
 * of mostly the same words, or the very same prompt.
 */
final class NearDuplicateFilter {

    static final double SIMILAR = 0.7;

    List<GeneratedQuestion> filter(List<GeneratedQuestion> ranked) {
        List<GeneratedQuestion> kept = new ArrayList<>();
        Map<String, WordIndex> promptsByKey = new HashMap<>();
        java.util.Set<String> prompts = new java.util.HashSet<>();
        for (GeneratedQuestion q : ranked) {
            if (!prompts.add(q.type() + "|" + Prose.fold(q.prompt()))) {
                continue;
            }
            String key = q.type() + "|" + Prose.fold(q.answer());
            java.util.Set<String> words = new java.util.HashSet<>(Prose.words(q.prompt()));
            WordIndex same = promptsByKey.computeIfAbsent(key, k -> new WordIndex());
            if (same.hasSimilar(words)) {
                continue;
            }
            same.add(words);
            kept.add(q);
        }
        return kept;
    }

    /** Kept prompts of one type and answer, indexed by word so a new prompt meets only those it shares words with. */
    private static final class WordIndex {
        private final List<Integer> sizes = new ArrayList<>();
        private final Map<String, List<Integer>> byWord = new HashMap<>();

        boolean hasSimilar(java.util.Set<String> words) {
            Map<Integer, Integer> shared = new HashMap<>();
            for (String w : words) {
                for (int id : byWord.getOrDefault(w, List.of())) {
                    shared.merge(id, 1, Integer::sum);
                }
            }
            for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
                int common = e.getValue();
                double jaccard = (double) common / (sizes.get(e.getKey()) + words.size() - common);
                if (jaccard >= SIMILAR) {
                    return true;
                }
            }
            return words.isEmpty() && !sizes.isEmpty();
        }

        void add(java.util.Set<String> words) {
            int id = sizes.size();
            sizes.add(words.size());
            for (String w : words) {
                byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(id);
            }
        }
    }

    static boolean isNearDuplicate(List<String> a, List<String> b) {
        return Corpus.jaccard(a, b) >= SIMILAR;
    }

    /** The measure used by the tests: same type, same folded answer, prompts of mostly the same words. */
    public static boolean nearDuplicates(GeneratedQuestion a, GeneratedQuestion b) {
        return a.type() == b.type() && Prose.fold(a.answer()).equals(Prose.fold(b.answer()))
                && isNearDuplicate(Prose.words(a.prompt()), Prose.words(b.prompt()));
    }
}
