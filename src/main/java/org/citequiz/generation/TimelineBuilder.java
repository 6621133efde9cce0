package org.citequiz.generation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Timeline questions: dated events from across the documents, to be put in chronological order. Each event is
 * the clause of its sentence that holds the date, with the date taken out; events are chosen a year or more
 * apart so the order is clear.
 */
final class TimelineBuilder {

    private static final int ITEMS = 4;
    private static final Set<String> WEAK_STARTS = Set.of("which", "who", "that", "and", "but", "or", "where", "when",
            "while", "as", "because", "if", "so");

    record Event(LocalDate date, String label, Citation citation, long documentId) {
    }

    List<Draft> build(List<FactGroup> dateGroups) {
        List<Event> events = new ArrayList<>();
        for (FactGroup g : dateGroups) {
            DateFact f = (DateFact) g.primary();
            if (!f.resolved()) {
                continue;
            }
            String label = labelOf(f);
            if (label == null) {
                continue;
            }
            events.add(new Event(f.date(), label, f.sentence().citation(), f.sentence().documentId()));
        }
        events.sort(Comparator.comparing(Event::date).thenComparing(Event::label));
        // one event per year, so that neighbours are clearly ordered
        List<Event> spaced = new ArrayList<>();
        for (Event e : events) {
            if (spaced.isEmpty() || e.date().getYear() > spaced.get(spaced.size() - 1).date().getYear()) {
                spaced.add(e);
            }
        }
        List<Draft> drafts = new ArrayList<>();
        if (spaced.size() < ITEMS || spaced.stream().map(Event::documentId).distinct().count() < 2) {
            return drafts;
        }
        int questions = Math.min(3, spaced.size() / ITEMS);
        for (int q = 0; q < questions; q++) {
            List<Event> chosen = new ArrayList<>();
            for (int i = 0; i < ITEMS; i++) {
                int index = (int) Math.round((double) i * (spaced.size() - 1) / (ITEMS - 1)) + q;
                index = Math.min(spaced.size() - 1, index);
                Event e = spaced.get(index);
                if (!chosen.contains(e)) {
                    chosen.add(e);
                }
            }
            if (chosen.size() < ITEMS) {
                continue;
            }
            List<String> ordered = chosen.stream().map(Event::label).toList();
            List<String> display = new ArrayList<>(ordered);
            QuestionBuilder.shuffle(display, String.join("|", ordered));
            if (display.equals(ordered)) {
                java.util.Collections.reverse(display);
            }
            List<Citation> cites = chosen.stream().map(Event::citation).toList();
            int docs = (int) chosen.stream().map(Event::documentId).distinct().count();
            drafts.add(new Draft(QuestionType.ORDERING, "TIMELINE",
                    "Put these events in the order they happened, earliest first.", List.copyOf(display),
                    String.join(QuestionType.ORDER_SEPARATOR, ordered), List.of(), null, null, cites, 0, false, docs,
                    20));
        }
        return drafts;
    }

    /** The clause holding the date, without the date and its preposition; null when it does not read as an event. */
    static String labelOf(DateFact f) {
        Sentence s = f.sentence();
        String text = s.text();
        int at = f.start() - s.start();
        int from = 0;
        int to = text.length();
        for (String sep : List.of(", ", "; ", " -- ", " – ", " — ", ": ")) {
            int before = text.lastIndexOf(sep, at);
            if (before >= 0 && before + sep.length() > from) {
                from = before + sep.length();
            }
            int after = text.indexOf(sep, f.end() - s.start());
            if (after >= 0 && after < to) {
                to = after;
            }
        }
        String head = text.substring(from, at).replaceAll("(?i)\\s*\\b(in|on|at|since|by|during|from|of|until|for)\\s*$", "");
        String tail = text.substring(f.end() - s.start(), to);
        String label = Prose.oneLine(head + " " + tail).replaceAll("[.\"”’]+$", "").strip()
                .replaceAll("\\s+(which|that) (was|were) (held|made|signed)$", "");
        String[] words = label.split("\\s+");
        if (words.length < 4 || words.length > 16 || label.contains("“") || label.contains("\"")) {
            return null;
        }
        if (WEAK_STARTS.contains(words[0].toLowerCase(Locale.ROOT))) {
            return null;
        }
        if (!label.matches(".*\\b[a-z]+(ed|ing|s)\\b.*")) {
            return null; // no verb-like word: not an event
        }
        return Prose.capitalize(label);
    }
}
