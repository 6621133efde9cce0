package org.citequiz.generation;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Turns fact groups into draft questions of every type: multiple choice and true/false with distractors from the
 * {@link DistractorPicker}, typed short answers and fill-in-the-blanks with accepted variants, numeric questions
 * for years and counts. Prompts quote the sentence they come from, so a learner reads the fact in its context;
 * facts that change over time name the year they hold for.
 */
final class QuestionBuilder {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final DistractorPicker distractors;
    private final Corpus corpus;

    /** Surnames named with each role in each document, to spot "the President" when a report names two. */
    private final java.util.Map<String, Set<String>> surnamesByDocumentRole = new java.util.HashMap<>();

    QuestionBuilder(Corpus corpus) {
        this.corpus = corpus;
        this.distractors = new DistractorPicker(corpus);
        for (PersonFact p : corpus.people) {
            surnamesByDocumentRole.computeIfAbsent(p.sentence().documentId() + "|" + p.roleKey(),
                    k -> new java.util.HashSet<>()).add(p.surname());
        }
    }

    List<Draft> dates(FactGroup group) {
        DateFact f = (DateFact) group.primary();
        List<Draft> out = new ArrayList<>();
        if (!f.resolved()) {
            return out; // "last week", or a relative date in an undated document: nothing honest to ask
        }
        Sentence s = f.sentence();
        String cloze = s.replacing(f.start(), f.end(), f.blank());
        String context = f.relative() ? " (The report is dated " + DAY.format(s.publishedOn()) + ".)" : "";
        String quoted = Prose.quoted(cloze) + context;
        String unit = f.unitName();
        List<Citation> cites = group.citations();
        int words = s.wordCount();
        if (cloze.equals(s.text()) || !cloze.contains(Prose.BLANK)) {
            return out;
        }
        String mcPrompt = "Which " + unit + " completes the sentence? " + quoted;
        DistractorPicker.Picked picked = distractors.forDate(f, mcPrompt);
        if (picked.options().size() == DistractorPicker.WANTED) {
            out.add(choice(QuestionType.MULTIPLE_CHOICE, "DATE", mcPrompt, f.answer(), f.variants(), picked, cites,
                    f.relative(), group.documentCount(), words));
        }
        if (f.precision() == DateFact.Precision.YEAR) {
            out.add(Draft.typed(QuestionType.NUMERIC, "DATE", "In which year? Complete the sentence: " + quoted, f.answer(),
                    List.of(), (double) f.date().getYear(), 0.0, cites, 0, f.relative(), group.documentCount(), words));
        } else {
            out.add(Draft.typed(QuestionType.FILL_IN_BLANK, "DATE", "Fill in the blank with the " + unit + ": " + quoted,
                    f.answer(), f.variants(), null, null, cites, 0, f.relative(), group.documentCount(), words));
        }
        if (!f.relative() && !picked.options().isEmpty()) {
            out.add(trueFalse("DATE", s, f.start(), f.end(), f.expression(), wrongDateLike(f, picked.options().get(0)),
                    cites, group.documentCount()));
        }
        return out;
    }

    /** A wrong date written the way the sentence writes it ("in 2003" for "in 2002"). */
    private static String wrongDateLike(DateFact f, String distractor) {
        return distractor;
    }

    List<Draft> counts(FactGroup group) {
        CountFact f = (CountFact) group.primary();
        List<Draft> out = new ArrayList<>();
        Sentence s = f.sentence();
        String cloze = s.replacing(f.start(), f.end(), Prose.BLANK);
        // a duration ("some 40 years") does not change with time; a count of members does, so it names its year
        boolean duration = Set.of("years", "months", "decades", "centuries").contains(f.head());
        String when = f.year() > 0 && !duration ? "In " + f.year() + ", how many " : "How many ";
        String prompt = when + f.unit() + "? Complete the sentence: " + Prose.quoted(cloze);
        List<Citation> cites = group.citations();
        int words = s.wordCount();
        DistractorPicker.Picked picked = distractors.forCount(f, prompt);
        if (picked.options().size() == DistractorPicker.WANTED) {
            out.add(choice(QuestionType.MULTIPLE_CHOICE, "COUNT", prompt, f.answer(), f.variants(), picked, cites,
                    false, group.documentCount(), words));
        }
        double tolerance = f.approximate() ? Math.max(1, Math.round(f.value() * 0.1)) : 0;
        out.add(Draft.typed(QuestionType.NUMERIC, "COUNT", prompt, f.answer(), f.variants(), f.value(), tolerance, cites,
                0, false, group.documentCount(), words));
        if (!picked.options().isEmpty()) {
            out.add(trueFalse("COUNT", s, f.start(), f.end(), f.number(), picked.options().get(0), cites,
                    group.documentCount()));
        }
        return out;
    }

    List<Draft> people(FactGroup group) {
        // the statement that says whose role it is ("Russian President") makes the clearest question
        PersonFact f = (PersonFact) group.primary();
        for (Fact other : group.statements()) {
            if (((PersonFact) other).qualifier().length() > f.qualifier().length()) {
                f = (PersonFact) other;
            }
        }
        List<Draft> out = new ArrayList<>();
        if (f.qualifier().isEmpty() && !f.role().contains(" ") && ambiguous(f)) {
            return out; // "who is named as President?" when the report names two presidents
        }
        String role = roleText(f);
        String who = f.year() > 0 ? "Who was " + role + " in " + f.year() + "?"
                : "Who is " + role + ", according to “" + f.sentence().source().title() + "”?";
        if (f.qualifier().isEmpty() && !f.role().contains(" of ")) {
            // "the President" alone is ambiguous across reports: say which report
            who = "In “" + f.sentence().source().title() + "”" + (f.year() > 0 ? " (" + f.year() + ")" : "")
                    + ", who is named as " + f.role() + "?";
        }
        List<Citation> cites = group.citations();
        int words = f.sentence().wordCount();
        List<String> variants = PersonFact.variantsOf(f.name());
        out.add(Draft.typed(QuestionType.SHORT_ANSWER, "PERSON", who, f.name(), variants, null, null, cites, 0, false,
                group.documentCount(), words));
        DistractorPicker.Picked picked = distractors.forPerson(f.name(), f, who);
        if (picked.options().size() == DistractorPicker.WANTED) {
            out.add(choice(QuestionType.MULTIPLE_CHOICE, "PERSON", who, f.name(), variants, picked, cites, false,
                    group.documentCount(), words));
        }
        if (!picked.options().isEmpty() && f.year() > 0 && !f.qualifier().isEmpty()) {
            boolean truth = Math.floorMod((f.name() + role).hashCode(), 2) == 0;
            String named = truth ? f.name() : picked.options().get(0);
            String statement = "True or false? In " + f.year() + ", " + named + " was " + role + ".";
            out.add(new Draft(QuestionType.TRUE_FALSE, "PERSON", statement, List.of("True", "False"),
                    truth ? "True" : "False", List.of(), null, null, cites, 0, false, group.documentCount(), words));
        }
        return out;
    }

    private boolean ambiguous(PersonFact f) {
        Set<String> named = surnamesByDocumentRole.getOrDefault(f.sentence().documentId() + "|" + f.roleKey(), Set.of());
        return named.stream().anyMatch(surname -> !surname.equals(f.surname()));
    }

    private static String roleText(PersonFact f) {
        if (f.qualifier().endsWith("'s") || f.qualifier().endsWith("’s")) {
            return f.qualifier() + " " + f.role();
        }
        return "the " + (f.qualifier().isEmpty() ? "" : f.qualifier() + " ") + f.role();
    }

    List<Draft> places(FactGroup group) {
        PlaceFact f = (PlaceFact) group.primary();
        List<Draft> out = new ArrayList<>();
        Sentence s = f.sentence();
        String cloze = s.replacing(f.start(), f.end(), Prose.BLANK);
        if (Prose.fold(cloze).contains(Prose.fold(f.place()))) {
            return out; // the place is named again in the sentence
        }
        List<Citation> cites = group.citations();
        int words = s.wordCount();
        String mcPrompt = "Which " + f.type() + " completes the sentence about the " + f.event() + "? "
                + Prose.quoted(cloze);
        DistractorPicker.Picked picked = distractors.forPlace(f, mcPrompt);
        if (picked.options().size() == DistractorPicker.WANTED) {
            out.add(choice(QuestionType.MULTIPLE_CHOICE, "PLACE", mcPrompt, f.place(), List.of(), picked, cites, false,
                    group.documentCount(), words));
        }
        out.add(Draft.typed(QuestionType.FILL_IN_BLANK, "PLACE", "Fill in the blank with the " + f.type() + ": "
                + Prose.quoted(cloze), f.place(), List.of(), null, null, cites, 0, false, group.documentCount(), words));
        if (!picked.options().isEmpty()) {
            out.add(trueFalse("PLACE", s, f.start(), f.end(), f.place(), picked.options().get(0), cites,
                    group.documentCount()));
        }
        return out;
    }

    List<Draft> quotes(FactGroup group) {
        QuoteFact f = (QuoteFact) group.primary();
        List<Draft> out = new ArrayList<>();
        String quote = Prose.shorten(f.quote(), 40).replaceAll("[.,;:]+$", "");
        if (Prose.fold(quote).contains(Prose.fold(PersonFact.surnameOf(f.speaker())))) {
            return out;
        }
        String prompt = "Who said: “" + quote + "”?";
        List<Citation> cites = group.citations();
        int words = f.quote().split("\\s+").length;
        List<String> variants = PersonFact.variantsOf(f.speaker());
        out.add(Draft.typed(QuestionType.SHORT_ANSWER, "QUOTE", prompt, f.speaker(), variants, null, null, cites, 0,
                f.resolvedSpeaker(), group.documentCount(), words));
        DistractorPicker.Picked picked = distractors.forPerson(f.speaker(), null, prompt);
        if (picked.options().size() == DistractorPicker.WANTED) {
            out.add(choice(QuestionType.MULTIPLE_CHOICE, "QUOTE", prompt, f.speaker(), variants, picked, cites,
                    f.resolvedSpeaker(), group.documentCount(), words));
        }
        return out;
    }

    List<Draft> acronyms(FactGroup group) {
        AcronymFact f = (AcronymFact) group.primary();
        List<Draft> out = new ArrayList<>();
        List<Citation> cites = group.citations();
        int words = f.sentence().wordCount();
        String prompt = "What does " + f.acronym() + " stand for?";
        out.add(Draft.typed(QuestionType.SHORT_ANSWER, "ACRONYM", prompt, f.expansion(), List.of(), null, null, cites, 0,
                false, group.documentCount(), words));
        DistractorPicker.Picked picked = distractors.forAcronym(f, prompt);
        if (picked.options().size() == DistractorPicker.WANTED) {
            out.add(choice(QuestionType.MULTIPLE_CHOICE, "ACRONYM", prompt, f.expansion(), List.of(), picked, cites,
                    false, group.documentCount(), words));
        }
        String cloze = f.sentence().replacing(f.start(), f.end(), Prose.BLANK);
        out.add(Draft.typed(QuestionType.FILL_IN_BLANK, "ACRONYM", "Fill in the blank with the full name of "
                + f.acronym() + ": " + Prose.quoted(cloze), f.expansion(), List.of(), null, null, cites, 0, false,
                group.documentCount(), words));
        return out;
    }

    /**
     * True or false over the sentence itself: as written (true) or with the fact swapped for a distractor
     * (false). Which one is fixed by the sentence, so the same input gives the same question.
     */
    private static Draft trueFalse(String kind, Sentence s, int start, int end, String original, String wrong,
            List<Citation> cites, int documentCount) {
        boolean truth = Math.floorMod(s.text().hashCode() + start, 2) == 0;
        String statement = s.replacing(start, end, truth ? original : wrong);
        return new Draft(QuestionType.TRUE_FALSE, kind, "True or false? " + Prose.quoted(statement),
                List.of("True", "False"), truth ? "True" : "False", List.of(), null, null, cites, 0, false,
                documentCount, s.wordCount());
    }

    private static Draft choice(QuestionType type, String kind, String prompt, String answer, List<String> variants,
            DistractorPicker.Picked picked, List<Citation> cites, boolean resolved, int documentCount, int words) {
        List<String> options = new ArrayList<>(picked.options());
        options.add(answer);
        shuffle(options, prompt + "|" + answer);
        return new Draft(type, kind, prompt, List.copyOf(options), answer, variants, null, null, cites,
                picked.fallbacks(), resolved, documentCount, words);
    }

    /** A shuffle seeded by the question itself: the same question always shows the same order. */
    static void shuffle(List<String> options, String seed) {
        java.util.Collections.shuffle(options, new Random(seed.hashCode()));
    }
}
