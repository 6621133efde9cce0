package org.citequiz.game;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks players: points, then correct answers, then less total answer time. Players equal on all three share a
 * rank and the next rank is skipped (1, 1, 3).
 */
public final class Standings {

    public record Entry(long playerId, String name, int score, int correct, long timeMs) {
    }

    public record Ranked(int rank, Entry entry) {
    }

    private static final Comparator<Entry> ORDER = Comparator.comparingInt(Entry::score).reversed()
            .thenComparing(Comparator.comparingInt(Entry::correct).reversed())
            .thenComparingLong(Entry::timeMs)
            .thenComparing(Entry::name, String.CASE_INSENSITIVE_ORDER);

    private Standings() {
    }

    public static List<Ranked> rank(List<Entry> entries) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(ORDER);
        List<Ranked> ranked = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            Entry e = sorted.get(i);
            int rank = i + 1;
            if (i > 0 && tied(e, sorted.get(i - 1))) {
                rank = ranked.get(i - 1).rank();
            }
            ranked.add(new Ranked(rank, e));
        }
        return ranked;
    }

    private static boolean tied(Entry a, Entry b) {
        return a.score() == b.score() && a.correct() == b.correct() && a.timeMs() == b.timeMs();
    }
}
