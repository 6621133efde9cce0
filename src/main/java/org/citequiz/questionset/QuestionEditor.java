package org.citequiz.questionset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import org.citequiz.corpus.Document;
import org.citequiz.corpus.Passage;
import org.citequiz.generation.QuestionType;
import org.citequiz.web.ProblemException;

/**
 * Instructors' changes to questions: review decisions, edits and hand-written questions. An edited generated
 * question becomes EDITED, so regeneration never overwrites or retires it. Callers check {@link SetAccess}.
 */
@ApplicationScoped
// Rules are checked before anything changes, so a refused draft leaves nothing to roll back and the page
// that called us may go on reading in the same transaction to show the form again.
@Transactional(dontRollbackOn = InvalidQuestion.class)
public class QuestionEditor {

    @jakarta.inject.Inject
    jakarta.enterprise.event.Event<QuestionEdited> edited;

    /** A draft that passed validation, normalised the way questions are stored. */
    record Checked(QuestionType type, String prompt, List<String> choices, String answer, List<String> accepted,
            Double numericAnswer, Double tolerance) {
    }

    public Question require(long questionId) {
        Question q = Question.findById(questionId);
        if (q == null) {
            throw ProblemException.notFound("Question " + questionId);
        }
        return q;
    }

    public Question approve(long questionId) {
        Question q = require(questionId);
        if (q.status == QuestionStatus.RETIRED) {
            throw ProblemException.conflict("This question no longer comes from the set's documents; it cannot be approved.");
        }
        q.status = QuestionStatus.APPROVED;
        q.updatedAt = Instant.now();
        return q;
    }

    public Question reject(long questionId) {
        Question q = require(questionId);
        q.status = QuestionStatus.REJECTED;
        q.updatedAt = Instant.now();
        return q;
    }

    /** Saving an edit is a review: the question is approved in its edited form. */
    public Question edit(long questionId, QuestionDraft draft) {
        Question q = require(questionId);
        Checked c = check(draft);
        Passage cited = draft.passageId() == null ? null : citable(q.setId, draft.passageId());
        apply(q, c);
        if (q.origin == QuestionOrigin.GENERATED) {
            q.origin = QuestionOrigin.EDITED;
        }
        if (cited != null && !citesExactly(q, cited)) {
            q.sources.clear();
            Question.getEntityManager().flush();
            q.addSource(cited.documentId, cited.start, cited.end);
        }
        q.status = QuestionStatus.APPROVED;
        q.updatedAt = Instant.now();
        edited.fire(new QuestionEdited(q.id));
        return q;
    }

    public Question author(long setId, QuestionDraft draft) {
        Checked c = check(draft);
        Passage cited = draft.passageId() == null ? null : citable(setId, draft.passageId());
        Question q = new Question();
        q.setId = setId;
        apply(q, c);
        q.quality = 1.0;
        q.origin = QuestionOrigin.AUTHORED;
        q.status = QuestionStatus.APPROVED;
        q.createdAt = Instant.now();
        q.updatedAt = q.createdAt;
        if (cited != null) {
            q.addSource(cited.documentId, cited.start, cited.end);
        }
        q.persist();
        return q;
    }

    private static void apply(Question q, Checked c) {
        q.type = c.type();
        q.prompt = c.prompt();
        q.choices = new ArrayList<>(c.choices());
        q.answer = c.answer();
        q.acceptedAnswers = new ArrayList<>(c.accepted());
        q.numericAnswer = c.numericAnswer();
        q.tolerance = c.tolerance();
    }

    private static boolean citesExactly(Question q, Passage p) {
        return q.sources.size() == 1 && Objects.equals(q.sources.get(0).documentId, p.documentId)
                && q.sources.get(0).start == p.start && q.sources.get(0).end == p.end;
    }

    /** A passage may be cited when it belongs to a document of the question's own set. */
    static Passage citable(long setId, long passageId) {
        Passage p = Passage.findById(passageId);
        Document d = p == null ? null : Document.findById(p.documentId);
        if (d == null || !Objects.equals(d.setId, setId)) {
            throw new InvalidQuestion(List.of("The chosen passage is not part of this set's documents."));
        }
        return p;
    }

    /** The rules every question type must satisfy; all broken rules are reported at once. */
    static Checked check(QuestionDraft d) {
        List<String> errors = new ArrayList<>();
        if (d.type() == null) {
            throw new InvalidQuestion(List.of("Choose a question type."));
        }
        String prompt = strip(d.prompt());
        if (prompt.isEmpty()) {
            errors.add("The question needs a prompt.");
        } else if (prompt.length() > 4000) {
            errors.add("The prompt may have at most 4000 characters.");
        }
        String answer = strip(d.answer());
        List<String> choices = lines(d.choices());
        List<String> accepted = new ArrayList<>();
        Double numeric = null;
        Double tolerance = null;
        switch (d.type()) {
            case MULTIPLE_CHOICE -> {
                if (choices.size() < 2) {
                    errors.add("A multiple-choice question needs at least two choices.");
                }
                if (hasDuplicates(choices)) {
                    errors.add("Two choices are the same; each choice must be different.");
                }
                String match = choices.stream().filter(c -> c.equalsIgnoreCase(answer)).findFirst().orElse(null);
                if (answer.isEmpty()) {
                    errors.add("Give the correct answer.");
                } else if (match == null) {
                    errors.add("The answer must be one of the choices.");
                } else {
                    return finish(errors, d.type(), prompt, choices, match, List.of(), null, null);
                }
            }
            case TRUE_FALSE -> {
                String normalised = answer.equalsIgnoreCase("true") ? "True" : answer.equalsIgnoreCase("false") ? "False" : null;
                if (normalised == null) {
                    errors.add("The answer of a true/false question is True or False.");
                }
                return finish(errors, d.type(), prompt, List.of("True", "False"), normalised, List.of(), null, null);
            }
            case ORDERING -> {
                if (choices.size() < 2) {
                    errors.add("An ordering question needs at least two items.");
                }
                if (hasDuplicates(choices)) {
                    errors.add("Two items are the same; each item must be different.");
                }
                if (choices.stream().anyMatch(c -> c.contains(QuestionType.ORDER_SEPARATOR.strip()))) {
                    errors.add("Items may not contain the arrow " + QuestionType.ORDER_SEPARATOR.strip() + ".");
                }
                return finish(errors, d.type(), prompt, displayOrder(choices, prompt),
                        String.join(QuestionType.ORDER_SEPARATOR, choices), List.of(), null, null);
            }
            case NUMERIC -> {
                numeric = d.numericAnswer();
                if (numeric == null && !answer.isEmpty()) {
                    try {
                        numeric = Double.valueOf(answer.replace(",", ""));
                    } catch (NumberFormatException e) {
                        errors.add("The answer of a numeric question must be a number.");
                    }
                }
                if (numeric == null && errors.stream().noneMatch(e -> e.contains("number"))) {
                    errors.add("Give the numeric answer.");
                }
                tolerance = d.tolerance() == null ? 0.0 : d.tolerance();
                if (tolerance < 0 || tolerance.isNaN()) {
                    errors.add("The tolerance cannot be negative.");
                }
                String shown = answer.isEmpty() && numeric != null ? formatNumber(numeric) : answer;
                return finish(errors, d.type(), prompt, List.of(), shown, variants(d.acceptedAnswers(), shown),
                        numeric, tolerance);
            }
            case SHORT_ANSWER, FILL_IN_BLANK -> {
                if (answer.isEmpty()) {
                    errors.add("Give the correct answer.");
                }
                accepted = variants(d.acceptedAnswers(), answer);
            }
        }
        if (answer.length() > 2000) {
            errors.add("The answer may have at most 2000 characters.");
        }
        return finish(errors, d.type(), prompt, List.of(), answer, accepted, numeric, tolerance);
    }

    private static Checked finish(List<String> errors, QuestionType type, String prompt, List<String> choices,
            String answer, List<String> accepted, Double numeric, Double tolerance) {
        if (!errors.isEmpty()) {
            throw new InvalidQuestion(errors);
        }
        return new Checked(type, prompt, choices, answer, accepted, numeric, tolerance);
    }

    /** Learners must not see the items already in order; the shuffle is stable for a given prompt. */
    static List<String> displayOrder(List<String> items, String prompt) {
        List<String> shown = new ArrayList<>(items);
        Collections.shuffle(shown, new Random(prompt.hashCode()));
        if (shown.equals(items) && shown.size() > 1) {
            Collections.rotate(shown, 1);
        }
        return shown;
    }

    private static List<String> variants(List<String> given, String answer) {
        Set<String> seen = new LinkedHashSet<>();
        for (String v : lines(given)) {
            if (!v.equalsIgnoreCase(answer) && seen.stream().noneMatch(v::equalsIgnoreCase)) {
                seen.add(v);
            }
        }
        return List.copyOf(seen);
    }

    private static boolean hasDuplicates(List<String> values) {
        Set<String> seen = new java.util.HashSet<>();
        return values.stream().anyMatch(v -> !seen.add(v.toLowerCase(Locale.ROOT)));
    }

    static List<String> lines(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    static String formatNumber(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.valueOf(value);
    }
}
