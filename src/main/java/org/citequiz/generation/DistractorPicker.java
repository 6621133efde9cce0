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
    /** Counts by counted thing, one per value. */
    private final java.util.Map<String, java.util.TreeMap<Double, CountFact>> countsByHead = new java.util.HashMap<>();
    /** Counts by counted thing and year: "also true" only ever compares statements of the same thing and year. */
    private final java.util.Map<String, java.util.Map<Double, List<CountFact>>> countsByHeadAndYear =
            new java.util.HashMap<>();
    /** Role keys each surname is named with, and who held which role in which year (with and without qualifier). */
    private final java.util.Map<String, Set<String>> rolesBySurname = new java.util.HashMap<>();
    private final Set<String> heldRoles = new java.util.HashSet<>();
    /** The first {@link #POOL} distinct places of each type, in order of appearance. */
    private final java.util.Map<String, List<String>> placesByType = new java.util.HashMap<>();
    /** Places by sentence, for the "same event there too" check. */
    private final java.util.Map<Sentence, List<PlaceFact>> placesBySentence = new java.util.HashMap<>();
    /** At most this many corpus values are considered per distractor, so a long document stays linear. */
    private static final int POOL = 40;
    /** Nearest corpus values taken per count, of the same counted thing and of any. */
    private static final int NEAREST = 10;
    /** At most this many other statements of one value are compared with the answer's sentence. */
    private static final int SAME_STATEMENTS = 4;

    DistractorPicker(Corpus corpus) {
        this.corpus = corpus;
        for (DateFact d : corpus.dates) {
            if (d.resolved()) {
                datesByPrecision.computeIfAbsent(d.precision(), p -> new java.util.TreeSet<>()).add(d.date());
            }
        }
        for (CountFact c : corpus.counts) {
            countsByValue.putIfAbsent(c.value(), c);
            countsByHead.computeIfAbsent(c.head(), k -> new java.util.TreeMap<>()).putIfAbsent(c.value(), c);
            countsByHeadAndYear.computeIfAbsent(c.head() + "|" + c.year(), k -> new java.util.HashMap<>())
                    .computeIfAbsent(c.value(), k -> new ArrayList<>()).add(c);
        }
        for (PersonFact p : corpus.people) {
            rolesBySurname.computeIfAbsent(p.surname(), k -> new java.util.HashSet<>()).add(p.roleKey());
            heldRoles.add(p.surname() + "|" + p.roleKey() + "|" + p.year());
            heldRoles.add(p.surname() + "|" + p.roleKey() + "|" + p.year() + "|" + p.qualifierKey());
        }
        for (PlaceFact p : corpus.places) {
            placesBySentence.computeIfAbsent(p.sentence(), k -> new ArrayList<>()).add(p);
            List<String> ofType = placesByType.computeIfAbsent(p.type(), k -> new ArrayList<>());
            if (ofType.size() < POOL && !ofType.contains(p.place())) {
                ofType.add(p.place());
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
        // the values nearest the answer, of the same counted thing and of any, then the same thing first
        nearest(countsByHead.getOrDefault(fact.head(), new java.util.TreeMap<>()), fact, pool);
        nearest(countsByValue, fact, pool);
        // the same counted thing first, then the closest values
        pool.sort(Comparator.comparingInt((CountFact c) -> c.head().equals(fact.head()) ? 0 : 1)
                .thenComparingDouble(c -> Math.abs(c.value() - answer)).thenComparingDouble(CountFact::value));
        List<Double> values = new ArrayList<>();
        pool.forEach(c -> values.add(c.value()));
        int corpusCount = values.size();
        if (answer < 30 && answer == Math.rint(answer)) {
            for (double d : new double[] {answer + 1, answer - 1, answer + 2, answer - 2, answer + 3}) {
                if (d >= 1) {
                    values.add(d);
                }
            }
        } else {
            double step = magnitudeStep(answer);
            for (double f : new double[] {1.5, 0.5, 2, 1.25, 0.75}) {
                values.add(Math.max(step, Math.round(answer * f / step) * step));
            }
        }
        String scale = scaleOf(fact);
        // also true: another statement of the same thing in the same year with that value (the first few
        // statements of each value only, so a long document repeating a value hundreds of times stays linear)
        java.util.Map<Double, List<CountFact>> sameThing = countsByHeadAndYear
                .getOrDefault(fact.head() + "|" + fact.year(), java.util.Map.of());
        return pick(values.size(), i -> formatIn(scale, values.get(i)), corpusCount,
                forbidden(fact.answer(), fact.variants()), prompt, i -> sameThing.getOrDefault(values.get(i), List.of())
                        .stream().limit(SAME_STATEMENTS).anyMatch(c -> corpus.similar(c.sentence(), fact.sentence())));
    }

    /** Adds up to {@link #NEAREST} values from {@code byValue} nearest the answer (a quarter to four times it). */
    private static void nearest(java.util.TreeMap<Double, CountFact> byValue, CountFact fact, List<CountFact> pool) {
        double answer = fact.value();
        java.util.Iterator<CountFact> down = byValue.subMap(answer * 0.25, true, answer, false)
                .descendingMap().values().iterator();
        java.util.Iterator<CountFact> up = byValue.subMap(answer, false, answer * 4, true).values().iterator();
        int added = 0;
        Set<Double> taken = new java.util.HashSet<>();
        pool.forEach(p -> taken.add(p.value()));
        while (added < NEAREST && (down.hasNext() || up.hasNext())) {
            for (java.util.Iterator<CountFact> it : List.of(down, up)) {
                if (it.hasNext()) {
                    CountFact c = it.next();
                    if (isCurrency(c) == isCurrency(fact) && taken.add(c.value())) {
                        pool.add(c);
                        added++;
                    }
                }
            }
        }
    }

    Picked forPerson(String name, PersonFact role, String prompt) {
        String surname = PersonFact.surnameOf(name);
        List<String> sameRole = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (String candidate : corpus.personNames()) {
            if (PersonFact.surnameOf(candidate).equals(surname)) {
                continue;
            }
            boolean holdsRole = role != null && rolesBySurname.getOrDefault(PersonFact.surnameOf(candidate), Set.of())
                    .contains(role.roleKey());
            (holdsRole ? sameRole : others).add(candidate);
        }
        List<String> candidates = new ArrayList<>(sameRole);
        candidates.addAll(others);
        Predicate<String> alsoTrue = option -> role != null && heldRoles.contains(PersonFact.surnameOf(option) + "|"
                + role.roleKey() + "|" + role.year() + (role.qualifier().isEmpty() ? "" : "|" + role.qualifierKey()));
        Set<String> forbidden = forbidden(name, PersonFact.variantsOf(name));
        // a distractor whose surname is in the prompt gives itself away
        Predicate<String> named = option -> Prose.fold(prompt).contains(Prose.fold(PersonFact.surnameOf(option)));
        return pick(candidates, candidates.size(), forbidden, prompt, alsoTrue.or(named));
    }

    Picked forPlace(PlaceFact fact, String prompt) {
        List<String> candidates = new ArrayList<>(placesByType.getOrDefault(fact.type(), List.of()));
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
        List<PlaceFact> sameSentence = placesBySentence.getOrDefault(fact.sentence(), List.of());
        Predicate<String> alsoTrue = option -> sameSentence.stream().anyMatch(p -> p.place().equals(option)
                && p.event().equals(fact.event()));
        return pick(candidates, corpusCount, forbidden(fact.place(), List.of()), prompt, alsoTrue);
    }

    Picked forAcronym(AcronymFact fact, String prompt) {
        List<String> candidates = new ArrayList<>();
        for (AcronymFact a : corpus.acronyms) {
            if (candidates.size() >= POOL) {
                break;
            }
            if (!a.acronym().equals(fact.acronym()) && !candidates.contains(a.expansion())) {
                candidates.add(a.expansion());
            }
        }
        candidates.sort(null);
        return pick(candidates, candidates.size(), forbidden(fact.expansion(), List.of()), prompt, o -> false);
    }

    private static Picked pick(List<String> candidates, int corpusCount, Set<String> forbidden, String prompt,
            Predicate<String> alsoTrue) {
        return pick(candidates.size(), candidates::get, corpusCount, forbidden, prompt,
                i -> alsoTrue.test(candidates.get(i)));
    }

    /** The first {@link #WANTED} acceptable candidates; candidates are only written out when they are looked at. */
    private static Picked pick(int size, java.util.function.IntFunction<String> candidates, int corpusCount,
            Set<String> forbidden, String prompt, java.util.function.IntPredicate alsoTrue) {
        String foldedPrompt = " " + Prose.fold(prompt) + " ";
        Set<String> chosen = new LinkedHashSet<>();
        Set<String> folded = new LinkedHashSet<>();
        int fallbacks = 0;
        for (int i = 0; i < size && chosen.size() < WANTED; i++) {
            String c = candidates.apply(i);
            String f = Prose.fold(c);
            if (f.isEmpty() || forbidden.contains(f) || folded.contains(f) || foldedPrompt.contains(" " + f + " ")
                    || alsoTrue.test(i)) {
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

    private static final Set<String> CURRENCIES = Set.of("euros", "dollars", "pounds", "yen", "yuan", "rubles",
            "roubles");

    private static boolean isCurrency(CountFact c) {
        return CURRENCIES.contains(c.head());
    }

    private static double magnitudeStep(double v) {
        double step = Math.pow(10, Math.floor(Math.log10(Math.max(1, v))) - 1);
        return Math.max(1, step);
    }

    /** The scale word the answer is written with ("million"), or null: "240 million" stays in millions. */
    private static String scaleOf(CountFact fact) {
        String answer = fact.answer().toLowerCase(Locale.ROOT);
        for (String scale : List.of("hundred", "thousand", "million", "billion")) {
            if (answer.endsWith(" " + scale)) {
                return scale;
            }
        }
        return null;
    }

    private static String formatIn(String scale, double value) {
        return scale == null ? CountFact.format(value) : CountFact.format(value / Lexicon.SCALES.get(scale)) + " " + scale;
    }
}
