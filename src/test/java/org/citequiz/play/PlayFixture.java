package org.citequiz.play;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.citequiz.corpus.DateSource;
import org.citequiz.corpus.Document;
import org.citequiz.corpus.DocumentIngestor;
import org.citequiz.corpus.NewDocument;
import org.citequiz.generation.QuestionType;
import org.citequiz.questionset.Question;
import org.citequiz.questionset.QuestionOrigin;
import org.citequiz.questionset.QuestionSet;
import org.citequiz.questionset.QuestionSetService;
import org.citequiz.questionset.QuestionStatus;

/**
 * Creates a question set with one question of every type, each citing a real passage of a stored document, so
 * play tests do not depend on what the generator produces.
 */
@ApplicationScoped
public class PlayFixture {

    static final String FIRST_TEXT = """
            Harbour council opens in Zephyrine

            The harbour council met for the first time in Zephyrine on 3 March 2004, after a long winter of talks.
            Twenty-nine delegates signed the Quillfeather accord that afternoon, promising to share pilots and charts.

            A second meeting followed in the autumn, and the council marked its tenth anniversary in 2014.
            """;
    static final String SECOND_TEXT = """
            Pilots trained together

            The pilots of both ports trained together for 112 days before the new channel opened.
            """;

    /** A question of the fixture with a right and a wrong response (a String, or a List for ordering). */
    public record Keyed(long id, QuestionType type, String answer, List<String> accepted, Object right,
            Object wrong) {
    }

    public record Fixture(long setId, long documentId, long secondDocumentId, Map<Long, Keyed> questions) {

        public Keyed of(QuestionType type) {
            return questions.values().stream().filter(k -> k.type() == type).findFirst().orElseThrow();
        }
    }

    @Inject
    QuestionSetService sets;

    @Inject
    DocumentIngestor ingestor;

    @Transactional
    public Fixture create() {
        QuestionSet set = sets.create("Harbour council " + UUID.randomUUID(), "A fixture set", null, null);
        Document doc = ingestor.store(set.id, new NewDocument("harbour.txt", "Harbour council opens",
                "The Harbour Gazette", LocalDate.of(2004, 3, 4), DateSource.METADATA, FIRST_TEXT)).document();
        Document second = ingestor.store(set.id, new NewDocument("pilots.txt", "Pilots trained together",
                "Port Weekly", LocalDate.of(2005, 1, 10), DateSource.METADATA, SECOND_TEXT)).document();
        Map<Long, Keyed> keyed = new LinkedHashMap<>();

        Question mc = question(set, QuestionType.MULTIPLE_CHOICE, "Where did the harbour council first meet?",
                List.of("Ostravel", "Zephyrine", "Marlowe Bay", "Kestrel Point"), "Zephyrine", List.of(), 0.9);
        cite(mc, doc, "met for the first time in Zephyrine");
        keyed.put(save(mc), new Keyed(mc.id, mc.type, mc.answer, mc.acceptedAnswers, "Zephyrine", "Ostravel"));

        Question tf = question(set, QuestionType.TRUE_FALSE,
                "Twenty-nine delegates signed the accord on the day of the first meeting.", List.of(), "True",
                List.of(), 0.8);
        cite(tf, doc, "Twenty-nine delegates signed the Quillfeather accord that afternoon");
        keyed.put(save(tf), new Keyed(tf.id, tf.type, tf.answer, tf.acceptedAnswers, "True", "False"));

        Question shortAnswer = question(set, QuestionType.SHORT_ANSWER,
                "What was the name of the accord signed at the first meeting?", List.of(), "Quillfeather accord",
                List.of("Quillfeather agreement"), 0.85);
        cite(shortAnswer, doc, "Twenty-nine delegates signed the Quillfeather accord that afternoon");
        keyed.put(save(shortAnswer), new Keyed(shortAnswer.id, shortAnswer.type, shortAnswer.answer,
                shortAnswer.acceptedAnswers, "the QUILLFEATHER accord!", "Harbour treaty"));

        Question numeric = question(set, QuestionType.NUMERIC, "How many days did the pilots train together?",
                List.of(), "112", List.of(), 0.75);
        numeric.numericAnswer = 112.0;
        numeric.tolerance = 0.0;
        cite(numeric, second, "The pilots of both ports trained together for 112 days");
        keyed.put(save(numeric), new Keyed(numeric.id, numeric.type, numeric.answer, numeric.acceptedAnswers,
                "one hundred and twelve", "100"));

        Question blank = question(set, QuestionType.FILL_IN_BLANK,
                "Fill in the blank: _____ delegates signed the accord that afternoon.", List.of(), "29",
                List.of(), 0.7);
        cite(blank, doc, "Twenty-nine delegates signed the Quillfeather accord that afternoon");
        keyed.put(save(blank), new Keyed(blank.id, blank.type, blank.answer, blank.acceptedAnswers, "twenty-nine",
                "30"));

        List<String> order = List.of("First meeting in Zephyrine", "Autumn meeting", "Tenth anniversary");
        Question ordering = question(set, QuestionType.ORDERING, "Put these events in the order they happened.",
                order, String.join(QuestionType.ORDER_SEPARATOR, order), List.of(), 0.65);
        cite(ordering, doc, "met for the first time in Zephyrine");
        cite(ordering, second, "trained together for 112 days");
        keyed.put(save(ordering), new Keyed(ordering.id, ordering.type, ordering.answer, List.of(), order,
                List.of(order.get(0), order.get(2), order.get(1))));

        // Never played: not approved.
        Question pending = question(set, QuestionType.SHORT_ANSWER, "A pending question nobody reviewed?",
                List.of(), "Pending", List.of(), 0.99);
        pending.status = QuestionStatus.PENDING;
        cite(pending, doc, "harbour council");
        save(pending);
        return new Fixture(set.id, doc.id, second.id, keyed);
    }

    @Transactional
    public void setVisibility(long setId, boolean published, boolean archived) {
        QuestionSet set = QuestionSet.findById(setId);
        set.published = published;
        set.archived = archived;
    }

    @Transactional
    public Map<String, Object> attemptRow(String attemptId) {
        Attempt a = Attempt.findByPublicId(attemptId).orElseThrow();
        List<Response> responses = Response.ofAttempt(a.id);
        return Map.of("answered", a.answered, "totalPoints", a.totalPoints, "responses", responses.size(),
                "classId", a.classId == null ? -1L : a.classId, "version", a.version, "timeMs",
                responses.stream().map(r -> r.timeMs).toList());
    }

    @Transactional
    public String resumeCodeOf(long learnerId) {
        return Learner.<Learner>findByIdOptional(learnerId).orElseThrow().resumeCode;
    }

    @Transactional
    public String resumeCodeOfAttempt(String attemptId) {
        Attempt a = Attempt.findByPublicId(attemptId).orElseThrow();
        return Learner.<Learner>findByIdOptional(a.learnerId).orElseThrow().resumeCode;
    }

    private static Question question(QuestionSet set, QuestionType type, String prompt, List<String> choices,
            String answer, List<String> accepted, double quality) {
        Question q = new Question();
        q.setId = set.id;
        q.type = type;
        q.prompt = prompt;
        q.choices = new java.util.ArrayList<>(choices);
        q.answer = answer;
        q.acceptedAnswers = new java.util.ArrayList<>(accepted);
        q.quality = quality;
        q.status = QuestionStatus.APPROVED;
        q.origin = QuestionOrigin.AUTHORED;
        q.createdAt = Instant.now();
        q.updatedAt = q.createdAt;
        return q;
    }

    private static void cite(Question q, Document doc, String quote) {
        int start = doc.text.indexOf(quote);
        if (start < 0) {
            throw new IllegalArgumentException("Not in the document: " + quote);
        }
        q.addSource(doc.id, start, start + quote.length());
    }

    private static long save(Question q) {
        q.persist();
        return q.id;
    }
}
