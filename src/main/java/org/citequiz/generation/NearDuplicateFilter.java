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
    /** Kept prompts compared with a new one at most (only reached by very long, repetitive documents). */
    private static final int MAX_COMPARED = 64;

    List<GeneratedQuestion> filter(List<GeneratedQuestion> ranked) {
        List<List<String>> prompts = new ArrayList<>(ranked.size());
        Map<String, Integer> frequency = new HashMap<>();
        for (GeneratedQuestion q : ranked) {
            List<String> words = Prose.words(q.prompt()).stream().distinct().toList();
            prompts.add(words);
            words.forEach(w -> frequency.merge(w, 1, Integer::sum));
        }
        // word ids in order of rarity: a prompt's sorted ids start with its rarest words, and two similar prompts
        // must share one of their first few (prefix filtering); sorted ids also make the overlap a merge
        List<String> byRarity = new ArrayList<>(frequency.keySet());
        byRarity.sort(java.util.Comparator.comparingInt((String w) -> frequency.get(w)).thenComparing(w -> w));
        Map<String, Integer> ids = new HashMap<>();
        byRarity.forEach(w -> ids.put(w, ids.size()));

        List<GeneratedQuestion> kept = new ArrayList<>();
        Map<String, WordIndex> promptsByKey = new HashMap<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < ranked.size(); i++) {
            GeneratedQuestion q = ranked.get(i);
            if (!seen.add(q.type() + "|" + Prose.fold(q.prompt()))) {
                continue;
            }
            int[] words = prompts.get(i).stream().mapToInt(ids::get).sorted().toArray();
            WordIndex same = promptsByKey.computeIfAbsent(q.type() + "|" + Prose.fold(q.answer()), k -> new WordIndex());
            if (same.hasSimilar(words)) {
                continue;
            }
            same.add(words);
            kept.add(q);
        }
        return kept;
    }

    /**
     * Kept prompts of one type and answer, indexed by the words of their prefix (the rarest words, as many as a
     * prompt can miss and still be similar), so a new prompt meets only those it could be similar to.
     */
    private static final class WordIndex {
        private final List<int[]> keptWords = new ArrayList<>();
        private final Map<Integer, List<Integer>> byPrefixWord = new HashMap<>();

        private static int prefixLength(int size) {
            return Math.min(size, size - (int) Math.ceil(SIMILAR * size - 1e-9) + 1);
        }

        boolean hasSimilar(int[] words) {
            if (words.length == 0) {
                return !keptWords.isEmpty();
            }
            java.util.Set<Integer> checked = new java.util.HashSet<>();
            for (int p = 0; p < prefixLength(words.length); p++) {
                List<Integer> ids = byPrefixWord.getOrDefault(words[p], List.of());
                // the most recent first, and a bounded number of them: a huge templated document stays linear
                for (int i = ids.size() - 1; i >= 0 && checked.size() < MAX_COMPARED; i--) {
                    int id = ids.get(i);
                    int[] other = keptWords.get(id);
                    if (other.length >= SIMILAR * words.length && words.length >= SIMILAR * other.length
                            && checked.add(id) && Corpus.jaccard(other, words) >= SIMILAR) {
                        return true;
                    }
                }
            }
            return false;
        }

        void add(int[] words) {
            int id = keptWords.size();
            keptWords.add(words);
            for (int p = 0; p < prefixLength(words.length); p++) {
                byPrefixWord.computeIfAbsent(words[p], k -> new ArrayList<>()).add(id);
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
