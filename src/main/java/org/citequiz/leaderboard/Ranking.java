package org.citequiz.leaderboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Standard competition ranking: entries the order cannot tell apart share a rank and the next rank skips
 * (1, 1, 3). {@code display} only orders entries within a shared rank (e.g. by name) and never changes it.
 */
public final class Ranking {

    private Ranking() {
    }

    public record Ranked<T>(int rank, T entry) {
    }

    public static <T> List<Ranked<T>> rank(List<T> entries, Comparator<? super T> order, Comparator<? super T> display) {
        List<T> sorted = new ArrayList<>(entries);
        Comparator<T> both = (a, b) -> {
            int c = order.compare(a, b);
            return c != 0 ? c : display.compare(a, b);
        };
        sorted.sort(both);
        List<Ranked<T>> ranked = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            boolean tied = i > 0 && order.compare(sorted.get(i - 1), sorted.get(i)) == 0;
            ranked.add(new Ranked<>(tied ? ranked.get(i - 1).rank() : i + 1, sorted.get(i)));
        }
        return ranked;
    }
}
