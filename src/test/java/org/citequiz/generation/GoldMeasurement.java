package org.citequiz.generation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.citequiz.corpus.Exclusion;

/**
 * Measures generated questions against a gold file of facts a teacher would ask about (issue 3's definitions):
 * recall, answer-key precision, grounding, distractor validity, MC with three valid distractors, questions from
 * excluded regions, near-duplicates.
 */
final class GoldMeasurement {

    record GoldFact(String kind, List<String> answers, String evidence) {
        boolean accepts(String answer) {
            String f = Prose.fold(answer);
            return answers.stream().anyMatch(a -> Prose.fold(a).equals(f));
        }
    }

    record Result(int goldFacts, int covered, int matched, int correct, int groundable, int grounded,
            int distractors, int validDistractors, int multipleChoice, int fullMultipleChoice, int fromExcluded,
            int questions, int nearDuplicates, List<String> problems) {

        double recall() {
            return ratio(covered, goldFacts);
        }

        double precision() {
            return ratio(correct, matched);
        }

        double grounding() {
            return ratio(grounded, groundable);
        }

        double distractorValidity() {
            return ratio(validDistractors, distractors);
        }

        double fullMultipleChoiceShare() {
            return ratio(fullMultipleChoice, multipleChoice);
        }

        double nearDuplicateShare() {
            return questions == 0 ? 0 : (double) nearDuplicates / questions;
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 1 : (double) a / b;
        }

        String table(String name) {
            StringBuilder t = new StringBuilder();
            t.append("\n== Question generation measured against ").append(name).append(" ==\n");
            t.append(String.format("| %-44s | %8s | %-14s | %-8s |%n", "measure", "value", "count", "target"));
            t.append(String.format("|%s|%s|%s|%s|%n", "-".repeat(46), "-".repeat(10), "-".repeat(16), "-".repeat(10)));
            row(t, "fact recall", recall(), covered + "/" + goldFacts, ">= 85%");
            row(t, "answer-key precision (gold-matched questions)", precision(), correct + "/" + matched, ">= 95%");
            row(t, "grounding", grounding(), grounded + "/" + groundable, "100%");
            row(t, "distractor validity", distractorValidity(), validDistractors + "/" + distractors, "100%");
            row(t, "MC with 3 valid distractors", fullMultipleChoiceShare(), fullMultipleChoice + "/" + multipleChoice,
                    ">= 90%");
            t.append(String.format("| %-44s | %8d | %-14s | %-8s |%n", "questions from excluded regions", fromExcluded,
                    "", "0"));
            row(t, "near-duplicate questions", nearDuplicateShare(), nearDuplicates + "/" + questions, "<= 3%");
            for (String p : problems) {
                t.append("  ! ").append(p).append('\n');
            }
            return t.toString();
        }

        private static void row(StringBuilder t, String name, double value, String count, String target) {
            t.append(String.format("| %-44s | %7.1f%% | %-14s | %-8s |%n", name, value * 100, count, target));
        }
    }

    static List<GoldFact> load(String resource) {
        try (InputStream in = GoldMeasurement.class.getResourceAsStream(resource)) {
            JsonNode root = new ObjectMapper().readTree(in);
            List<GoldFact> facts = new ArrayList<>();
            for (JsonNode f : root.get("facts")) {
                List<String> answers = new ArrayList<>();
                f.get("answers").forEach(a -> answers.add(a.asText()));
                facts.add(new GoldFact(f.get("kind").asText(), answers, f.get("evidence").asText()));
            }
            return facts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Result measure(Bundle bundle, List<GeneratedQuestion> questions, List<GoldFact> gold) {
        List<String> problems = new ArrayList<>();
        int covered = 0;
        for (GoldFact g : gold) {
            boolean hit = questions.stream().anyMatch(q -> answers(q).stream().anyMatch(g::accepts)
                    && passages(bundle, q).stream().anyMatch(p -> p.contains(g.evidence())));
            if (hit) {
                covered++;
            } else {
                problems.add("not covered: " + g.kind() + " " + g.answers().get(0) + " — " + g.evidence());
            }
        }
        int matched = 0;
        int correct = 0;
        int groundable = 0;
        int grounded = 0;
        int distractors = 0;
        int valid = 0;
        int mc = 0;
        int fullMc = 0;
        int fromExcluded = 0;
        for (GeneratedQuestion q : questions) {
            List<String> passages = passages(bundle, q);
            boolean typedAnswer = q.type() != QuestionType.TRUE_FALSE && q.type() != QuestionType.ORDERING;
            List<GoldFact> about = gold.stream().filter(g -> g.kind().equals(q.factKind())
                    && passages.stream().anyMatch(p -> p.contains(g.evidence()))).toList();
            if (typedAnswer && !about.isEmpty()) {
                matched++;
                if (about.stream().anyMatch(g -> g.accepts(q.answer()))) {
                    correct++;
                } else {
                    problems.add("answer key not in gold: " + q.prompt() + " -> " + q.answer());
                }
            }
            if (typedAnswer) {
                groundable++;
                if (grounded(bundle, q, passages)) {
                    grounded++;
                } else {
                    problems.add("ungrounded: " + q.prompt() + " -> " + q.answer());
                }
            }
            if (q.type() == QuestionType.MULTIPLE_CHOICE) {
                mc++;
                int ok = 0;
                Set<String> seen = new HashSet<>();
                for (String c : q.choices()) {
                    if (c.equals(q.answer())) {
                        continue;
                    }
                    distractors++;
                    if (validDistractor(q, c, about) && seen.add(Prose.fold(c))) {
                        valid++;
                        ok++;
                    } else {
                        problems.add("invalid distractor '" + c + "' for: " + q.prompt() + " -> " + q.answer());
                    }
                }
                if (ok == 3 && q.choices().stream().filter(c -> c.equals(q.answer())).count() == 1) {
                    fullMc++;
                }
            }
            for (Citation c : q.sources()) {
                List<Exclusion> excluded = bundle.excluded().get((int) c.documentId() - 1);
                if (excluded.stream().anyMatch(x -> x.start() < c.end() && c.start() < x.end())) {
                    fromExcluded++;
                    problems.add("cites an excluded region: " + q.prompt());
                    break;
                }
            }
        }
        int nearDuplicates = 0;
        for (int i = 0; i < questions.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (NearDuplicateFilter.nearDuplicates(questions.get(i), questions.get(j))) {
                    nearDuplicates++;
                    problems.add("near-duplicate: " + questions.get(i).prompt());
                    break;
                }
            }
        }
        return new Result(gold.size(), covered, matched, correct, groundable, grounded, distractors, valid, mc, fullMc,
                fromExcluded, questions.size(), nearDuplicates, problems);
    }

    private static List<String> answers(GeneratedQuestion q) {
        List<String> all = new ArrayList<>();
        all.add(q.answer());
        all.addAll(q.acceptedAnswers());
        return all;
    }

    static List<String> passages(Bundle bundle, GeneratedQuestion q) {
        List<String> out = new ArrayList<>();
        for (Citation c : q.sources()) {
            out.add(bundle.document(c.documentId()).text().substring(c.start(), c.end()));
        }
        return out;
    }

    /** The cited passage holds the answer, or the expression it was normalised from (a relative date). */
    static boolean grounded(Bundle bundle, GeneratedQuestion q, List<String> passages) {
        for (String answer : answers(q)) {
            String a = " " + Prose.fold(answer) + " ";
            if (passages.stream().anyMatch(p -> (" " + Prose.fold(p) + " ").contains(a))) {
                return true;
            }
        }
        if (q.factKind().equals("DATE")) {
            DateExtractor dates = new DateExtractor();
            for (Citation c : q.sources()) {
                SourceText doc = bundle.document(c.documentId());
                for (DateFact d : dates.extract(new Sentence(doc, 0, c.start(), c.end()))) {
                    if (d.resolved() && d.answer().equals(q.answer())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Not the answer or a variant, not named in the prompt, not also true by the gold facts the question is about. */
    static boolean validDistractor(GeneratedQuestion q, String distractor, List<GoldFact> about) {
        String d = Prose.fold(distractor);
        if (d.isEmpty() || answers(q).stream().anyMatch(a -> Prose.fold(a).equals(d))) {
            return false;
        }
        if ((" " + Prose.fold(q.prompt()) + " ").contains(" " + d + " ")) {
            return false;
        }
        return about.stream().filter(g -> g.accepts(q.answer())).noneMatch(g -> g.accepts(distractor));
    }
}
