package org.citequiz.generation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.citequiz.corpus.Span;

/** Every fact read from a set of documents, grouped so that the same fact stated twice becomes one group. */
final class Corpus {

    final List<SourceText> documents;
    final List<DateFact> dates = new ArrayList<>();
    final List<CountFact> counts = new ArrayList<>();
    final List<PersonFact> people = new ArrayList<>();
    final List<PlaceFact> places = new ArrayList<>();
    final List<QuoteFact> quotes = new ArrayList<>();
    final List<AcronymFact> acronyms = new ArrayList<>();

    private Corpus(List<SourceText> documents) {
        this.documents = documents;
    }

    static Corpus read(List<SourceText> documents) {
        Corpus corpus = new Corpus(documents);
        DateExtractor dateExtractor = new DateExtractor();
        CountExtractor countExtractor = new CountExtractor();
        PersonExtractor personExtractor = new PersonExtractor();
        PlaceExtractor placeExtractor = new PlaceExtractor();
        AcronymExtractor acronymExtractor = new AcronymExtractor();
        List<List<Sentence>> sentencesByDocument = new ArrayList<>();
        for (SourceText doc : documents) {
            List<Sentence> sentences = sentencesOf(doc);
            sentencesByDocument.add(sentences);
            for (Sentence s : sentences) {
                if (!isProse(s)) {
                    continue;
                }
                List<DateFact> dates = dateExtractor.extract(s);
                corpus.dates.addAll(dates);
                corpus.counts.addAll(countExtractor.extract(s, dates));
                corpus.people.addAll(personExtractor.extract(s));
                corpus.places.addAll(placeExtractor.extract(s));
                corpus.acronyms.addAll(acronymExtractor.extract(s));
            }
        }
        QuoteExtractor quoteExtractor = new QuoteExtractor();
        for (int i = 0; i < documents.size(); i++) {
            SourceText doc = documents.get(i);
            // people named in this document first, so a surname resolves to the person this report means
            List<PersonFact> known = new ArrayList<>();
            java.util.Set<String> seen = new java.util.HashSet<>();
            corpus.people.stream().filter(p -> p.sentence().documentId() == doc.documentId())
                    .filter(p -> seen.add(p.name() + "|" + p.roleKey())).forEach(known::add);
            corpus.people.stream().filter(p -> p.sentence().documentId() != doc.documentId())
                    .filter(p -> seen.add(p.name() + "|" + p.roleKey())).forEach(known::add);
            corpus.quotes.addAll(quoteExtractor.extract(doc, sentencesByDocument.get(i), known));
        }
        return corpus;
    }

    private static List<Sentence> sentencesOf(SourceText doc) {
        List<Span> spans = new ArrayList<>(doc.sentences());
        spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<Sentence> sentences = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            sentences.add(new Sentence(doc, i, spans.get(i).start(), spans.get(i).end()));
        }
        return sentences;
    }

    /** A sentence a question may quote: a few words long, with lower-case words (not a heading or a stamp). */
    static boolean isProse(Sentence s) {
        String t = s.text();
        if (t.length() < 25 || t.length() > 1200) {
            return false;
        }
        int words = 0;
        int lower = 0;
        for (String w : t.split("\\s+")) {
            words++;
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
                lower++;
            }
        }
        return words >= 6 && lower >= 2;
    }

    /** All people by full name, one per surname (the longest name given for it), sorted by name. */
    List<String> personNames() {
        if (personNames == null) {
            personNames = computePersonNames();
        }
        return personNames;
    }

    private List<String> personNames;

    private List<String> computePersonNames() {
        List<String> names = new ArrayList<>();
        List<String> all = new ArrayList<>();
        people.forEach(p -> all.add(p.name()));
        quotes.forEach(q -> all.add(q.speaker()));
        all.sort((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b));
        java.util.Set<String> surnames = new java.util.HashSet<>();
        for (String n : all) {
            if (surnames.add(PersonFact.surnameOf(n))) {
                names.add(n);
            }
        }
        names.sort(null);
        return names;
    }

    /** Groups facts with the same key that {@code same} says are one fact; order of first appearance kept. */
    static <F extends Fact> List<FactGroup> group(List<F> facts, Function<F, String> key, BiPredicate<F, F> same) {
        Map<String, List<List<F>>> byKey = new LinkedHashMap<>();
        for (F f : facts) {
            List<List<F>> candidates = byKey.computeIfAbsent(key.apply(f), k -> new ArrayList<>());
            boolean placed = false;
            // only the latest groups of a key are compared, so a long document stays linear
            for (int i = candidates.size() - 1; i >= Math.max(0, candidates.size() - 8); i--) {
                List<F> g = candidates.get(i);
                if (same.test(g.get(0), f)) {
                    g.add(f);
                    placed = true;
                    break;
                }
            }
            if (!placed) {
                List<F> g = new ArrayList<>();
                g.add(f);
                candidates.add(g);
            }
        }
        List<FactGroup> groups = new ArrayList<>();
        for (List<List<F>> candidates : byKey.values()) {
            for (List<F> g : candidates) {
                groups.add(new FactGroup(g.get(0), List.copyOf(g)));
            }
        }
        groups.sort(Comparator.comparingLong((FactGroup g) -> documentOrder(g.primary()))
                .thenComparingInt(g -> g.primary().sentence().start()));
        return groups;
    }

    private static long documentOrder(Fact f) {
        return f.sentence().index() >= 0 ? f.sentence().documentId() : 0;
    }

    /** Content words per sentence, computed once: grouping and distractor checks compare the same sentences often. */
    private final Map<Sentence, int[]> wordsBySentence = new java.util.HashMap<>();
    private final Map<String, Integer> wordIds = new java.util.HashMap<>();

    /** Two sentences say much the same thing: many content words in common (Jaccard at least 0.3). */
    boolean similar(Sentence a, Sentence b) {
        if (a.equals(b)) {
            return true;
        }
        int[] x = wordsOf(a);
        int[] y = wordsOf(b);
        if (x.length == 0 && y.length == 0) {
            return true;
        }
        if (Math.min(x.length, y.length) < 0.3 * Math.max(x.length, y.length)) {
            return false; // too different in length to share enough words
        }
        return jaccard(x, y) >= 0.3;
    }

    /** The sentence's distinct content words as sorted word ids, computed once per sentence. */
    private int[] wordsOf(Sentence s) {
        return wordsBySentence.computeIfAbsent(s, k -> Prose.words(k.text()).stream().distinct()
                .mapToInt(w -> wordIds.computeIfAbsent(w, x -> wordIds.size())).sorted().toArray());
    }

    static double jaccard(List<String> a, List<String> b) {
        java.util.Set<String> sa = new java.util.HashSet<>(a);
        java.util.Set<String> sb = new java.util.HashSet<>(b);
        if (sa.isEmpty() && sb.isEmpty()) {
            return 1;
        }
        int common = 0;
        for (String w : sa) {
            if (sb.contains(w)) {
                common++;
            }
        }
        return (double) common / (sa.size() + sb.size() - common);
    }

    /** Jaccard similarity of two sorted arrays of distinct ids. */
    static double jaccard(int[] x, int[] y) {
        int common = 0;
        for (int i = 0, j = 0; i < x.length && j < y.length;) {
            if (x[i] == y[j]) {
                common++;
                i++;
                j++;
            } else if (x[i] < y[j]) {
                i++;
            } else {
                j++;
            }
        }
        return x.length + y.length == 0 ? 1 : (double) common / (x.length + y.length - common);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
