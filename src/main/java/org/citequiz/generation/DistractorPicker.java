package org.citequiz.generation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.citequiz.generation.DateFact.Precision;

/**
 * Wrong options of the same type and precision as the answer, taken from the corpus first (other years, counts,
 * cities, officials), then from typed fallbacks (±1 year, ±1–2 on small counts, gazetteer cities). A distractor is
 * never the answer or one of its variants, never named in the prompt, and never also true for the question.
 */
final class DistractorPicker {

    static final int WANTED = 3;

    private final Corpus corpus;

    private final java.util.Map<Precision, java.util.TreeSet<LocalDate>> datesByPrecision = new java.util.EnumMap<>(Precision.class);
    private final java.util.TreeMap<Double, CountFact> countsByValue = new java.util.TreeMap<>();
    private final List<PersonFact> distinctPeople = new ArrayList<>();

    DistractorPicker(Corpus corpus) {
        this.corpus = corpus;
        for (DateFact d : corpus.dates) {
            if (d.resolved()) {
                datesByPrecision.computeIfAbsent(d.precision(), p -> new java.util.TreeSet<>()).add(d.date());
            }
        }
        for (CountFact c : corpus.counts) {
            countsByValue.putIfAbsent(c.value(), c);
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (PersonFact p : corpus.people) {
            if (seen.add(p.surname() + "|" + p.roleKey() + "|" + p.qualifierKey() + "|" + p.year())) {
                distinctPeople.add(p);
            }
        }
    }

    /** Options and how many came from fallbacks. */
    record Picked(List<String> options, int fallbacks) {
    }

    Picked forDate(DateFact fact, String prompt) {
        LocalDate answer = fact.date();
        List<LocalDate> fromCorpus = new ArrayList<>();
        java.util.TreeSet<LocalDate> known = datesByPrecision.getOrDefault(fact.precision(), new java.util.TreeSet<>());
        java.util.Iterator<LocalDate> down = known.headSet(answer, false).descendingIterator();
        java.util.Iterator<LocalDate> up = known.tailSet(answer, false).iterator();
        for (int i = 0; i < 8 && (down.hasNext() || up.hasNext()); i++) {
            for (java.util.Iterator<LocalDate> it : List.of(down, up)) {
                if (it.hasNext()) {
                    LocalDate d = it.next();
                    if (Math.abs(d.getYear() - answer.getYear()) <= 15) {
                        fromCorpus.add(d);
                    }
                }
            }
        }
        fromCorpus.sort(Comparator.comparingLong((LocalDate d) -> Math.abs(d.toEpochDay() - answer.toEpochDay()))
                .thenComparing(d -> d));
        List<String> candidates = new ArrayList<>();
        fromCorpus.forEach(d -> candidates.add(DateFact.display(d, fact.precision())));
        int corpusCount = candidates.size();
        List<LocalDate> fallback = switch (fact.precision()) {
            case YEAR -> List.of(answer.plusYears(1), answer.minusYears(1), answer.plusYears(2), answer.minusYears(2),
                    answer.plusYears(3));
            case MONTH -> List.of(answer.plusMonths(1), answer.minusMonths(1), answer.plusMonths(2),
                    answer.minusMonths(2), answer.plusYears(1));
            case DAY -> List.of(answer.plusDays(1), answer.minusDays(1), answer.plusDays(7), answer.minusDays(7),
                    answer.plusMonths(1));
        };
        fallback.forEach(d -> candidates.add(DateFact.display(d, fact.precision())));
        Set<String> forbidden = forbidden(fact.answer(), fact.variants());
        return pick(candidates, corpusCount, forbidden, prompt, c -> false);
    }

    Picked forCount(CountFact fact, String prompt) {
        double answer = fact.value();
        List<CountFact> pool = new ArrayList<>();
        for (CountFact c : countsByValue.subMap(answer * 0.25, true, answer * 4, true).values()) {
            if (c.value() != answer && isCurrency(c) == isCurrency(fact)) {
                pool.add(c);
            }
        }
        // the same counted thing first, then the closest values
        pool.sort(Comparator.comparingInt((CountFact c) -> c.head().equals(fact.head()) ? 0 : 1)
                .thenComparingDouble(c -> Math.abs(c.value() - answer)).thenComparingDouble(CountFact::value));
        List<String> candidates = new ArrayList<>();
        for (CountFact c : pool) {
            candidates.add(formatLike(fact, c.value()));
        }
        int corpusCount = candidates.size();
        if (answer < 30 && answer == Math.rint(answer)) {
            for (double d : new double[] {answer + 1, answer - 1, answer + 2, answer - 2, answer + 3}) {
                if (d >= 1) {
                    candidates.add(formatLike(fact, d));
                }
            }
        } else {
            double step = magnitudeStep(answer);
            for (double f : new double[] {1.5, 0.5, 2, 1.25, 0.75}) {
                candidates.add(formatLike(fact, Math.max(step, Math.round(answer * f / step) * step)));
            }
        }
        // also true: another statement of the same thing in the same year with that value
        Predicate<String> alsoTrue = option -> corpus.counts.stream().limit(2000).anyMatch(c -> c.head().equals(fact.head())
                && c.year() == fact.year() && Prose.fold(formatLike(fact, c.value())).equals(Prose.fold(option))
                && Corpus.similar(c.sentence(), fact.sentence()));
        return pick(candidates, corpusCount, forbidden(fact.answer(), fact.variants()), prompt, alsoTrue);
    }

    Picked forPerson(String name, PersonFact role, String prompt) {
        String surname = PersonFact.surnameOf(name);
        List<String> sameRole = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (String candidate : corpus.personNames()) {
            if (PersonFact.surnameOf(candidate).equals(surname)) {
                continue;
            }
            boolean holdsRole = role != null && distinctPeople.stream().anyMatch(p -> p.surname()
                    .equals(PersonFact.surnameOf(candidate)) && p.roleKey().equals(role.roleKey()));
            (holdsRole ? sameRole : others).add(candidate);
        }
        List<String> candidates = new ArrayList<>(sameRole);
        candidates.addAll(others);
        Predicate<String> alsoTrue = option -> role != null && distinctPeople.stream().anyMatch(p -> p.surname()
                .equals(PersonFact.surnameOf(option)) && p.roleKey().equals(role.roleKey()) && p.year() == role.year()
                && (role.qualifier().isEmpty() || p.qualifierKey().equals(role.qualifierKey())));
        Set<String> forbidden = forbidden(name, PersonFact.variantsOf(name));
        // a distractor whose surname is in the prompt gives itself away
        Predicate<String> named = option -> Prose.fold(prompt).contains(Prose.fold(PersonFact.surnameOf(option)));
        return pick(candidates, candidates.size(), forbidden, prompt, alsoTrue.or(named));
    }

    Picked forPlace(PlaceFact fact, String prompt) {
        List<String> candidates = new ArrayList<>();
        for (PlaceFact p : corpus.places) {
            if (candidates.size() >= 40) {
                break;
            }
            if (p.type().equals(fact.type()) && !candidates.contains(p.place())) {
                candidates.add(p.place());
            }
        }
        candidates.sort(null);
        int corpusCount = candidates.size();
        List<String> gazetteer = fact.type().equals("country") ? Lexicon.COUNTRY_LIST
                : fact.type().equals("city") ? Lexicon.CITY_LIST : List.of();
        if (!gazetteer.isEmpty()) {
            int offset = Math.floorMod(fact.place().hashCode(), gazetteer.size());
            for (int i = 0; i < 12; i++) {
                candidates.add(gazetteer.get((offset + i * 7) % gazetteer.size()));
            }
        }
        // also true: the same document puts the same event there too
        Predicate<String> alsoTrue = option -> corpus.places.stream().anyMatch(p -> p.place().equals(option)
                && p.event().equals(fact.event()) && p.sentence().equals(fact.sentence()));
        return pick(candidates, corpusCount, forbidden(fact.place(), List.of()), prompt, alsoTrue);
    }

    Picked forAcronym(AcronymFact fact, String prompt) {
        List<String> candidates = new ArrayList<>();
        for (AcronymFact a : corpus.acronyms) {
            if (!a.acronym().equals(fact.acronym()) && !candidates.contains(a.expansion())) {
                candidates.add(a.expansion());
            }
        }
        candidates.sort(null);
        return pick(candidates, candidates.size(), forbidden(fact.expansion(), List.of()), prompt, o -> false);
    }

    private static Picked pick(List<String> candidates, int corpusCount, Set<String> forbidden, String prompt,
            Predicate<String> alsoTrue) {
        String foldedPrompt = " " + Prose.fold(prompt) + " ";
        Set<String> chosen = new LinkedHashSet<>();
        Set<String> folded = new LinkedHashSet<>();
        int fallbacks = 0;
        for (int i = 0; i < candidates.size() && chosen.size() < WANTED; i++) {
            String c = candidates.get(i);
            String f = Prose.fold(c);
            if (f.isEmpty() || forbidden.contains(f) || folded.contains(f) || foldedPrompt.contains(" " + f + " ")
                    || alsoTrue.test(c)) {
                continue;
            }
            chosen.add(c);
            folded.add(f);
            if (i >= corpusCount) {
                fallbacks++;
            }
        }
        return new Picked(List.copyOf(chosen), fallbacks);
    }

    static Set<String> forbidden(String answer, List<String> variants) {
        Set<String> out = new LinkedHashSet<>();
        out.add(Prose.fold(answer));
        variants.forEach(v -> out.add(Prose.fold(v)));
        return out;
    }

    private static boolean isCurrency(CountFact c) {
        return Set.of("euros", "dollars", "pounds", "yen", "yuan", "rubles", "roubles").contains(c.head());
    }

    private static double magnitudeStep(double v) {
        double step = Math.pow(10, Math.floor(Math.log10(Math.max(1, v))) - 1);
        return Math.max(1, step);
    }

    /** "240 million" stays in millions; "2,000" gets thousands separators. */
    static String formatLike(CountFact fact, double value) {
        String answer = fact.answer();
        for (String scale : List.of("hundred", "thousand", "million", "billion")) {
            if (answer.toLowerCase(Locale.ROOT).endsWith(" " + scale)) {
                double unit = Lexicon.SCALES.get(scale);
                return CountFact.format(value / unit) + " " + scale;
            }
        }
        return CountFact.format(value);
    }
}
