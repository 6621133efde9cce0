package org.citequiz.questionset.interop;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.citequiz.corpus.Document;
import org.citequiz.generation.QuestionType;
import org.citequiz.questionset.Question;
import org.citequiz.questionset.QuestionOrigin;
import org.citequiz.questionset.QuestionStatus;

/**
 * Stores the questions read from an exchange file in a set. Good questions are stored and bad ones reported, all in
 * one transaction: if storing fails part-way, nothing of the file is kept. Imported questions are APPROVED, since an
 * instructor wrote them and chose to import them.
 */
@ApplicationScoped
@Transactional
public class QuestionImporter {

    public ImportReport importInto(long setId, ImportFormat format, String text) {
        long started = System.nanoTime();
        ImportReport report = store(setId, format.parse(text));
        Log.infof("Imported %d %s questions into set %d (%d skipped, %d errors) in %d ms", report.imported(), format,
                setId, report.skipped().size(), report.errors().size(), (System.nanoTime() - started) / 1_000_000);
        return report;
    }

    /** Stores what was read from a file: all of it or, when storing fails, none of it. */
    public ImportReport store(long setId, ParsedFile parsed) {
        List<Document> documents = Document.currentOfSet(setId);
        Map<String, Long> existing = new HashMap<>();
        for (Question q : Question.<Question>list("setId = ?1 and status not in ?2", setId,
                List.of(QuestionStatus.RETIRED, QuestionStatus.REJECTED))) {
            existing.putIfAbsent(sameness(q.type, q.prompt, q.answer, q.choices), q.id);
        }
        List<ParsedFile.Skipped> skipped = new ArrayList<>(parsed.skipped());
        Instant now = Instant.now();
        int imported = 0;
        for (PortableQuestion p : parsed.questions()) {
            String key = sameness(p.type(), p.prompt(), p.answer(), p.choices());
            Long twin = existing.get(key);
            if (twin != null) {
                skipped.add(new ParsedFile.Skipped(p.line(), "Already in this set (question " + twin + ")."));
                continue;
            }
            // Twins within one file are both kept, as Moodle keeps them; only questions already stored are skipped.
            persist(setId, resolve(p, documents), now);
            imported++;
        }
        skipped.sort(java.util.Comparator.comparingInt(ParsedFile.Skipped::line));
        return new ImportReport(imported, skipped, parsed.errors());
    }

    private static void persist(long setId, PortableQuestion p, Instant now) {
        Question q = new Question();
        q.setId = setId;
        q.type = p.type();
        q.prompt = p.prompt();
        q.choices = new ArrayList<>(p.choices());
        q.answer = p.answer();
        q.acceptedAnswers = new ArrayList<>(p.acceptedAnswers());
        q.numericAnswer = p.numericAnswer();
        q.tolerance = p.tolerance();
        q.quality = 1.0;
        q.status = QuestionStatus.APPROVED;
        q.origin = QuestionOrigin.IMPORTED;
        q.category = p.category();
        q.feedback = p.feedback();
        q.createdAt = now;
        q.updatedAt = now;
        for (CitedPassage s : p.sources()) {
            q.addSource(s.documentId(), s.start(), s.end());
        }
        q.persist();
    }

    /**
     * Links citations read from the feedback to the passages they quote in this set's documents. A citation whose
     * document or passage is not in the set stays in the feedback as text, so nothing is lost.
     */
    static PortableQuestion resolve(PortableQuestion p, List<Document> documents) {
        if (p.sources().isEmpty()) {
            return p;
        }
        List<CitedPassage> found = new ArrayList<>();
        List<CitedPassage> unfound = new ArrayList<>();
        for (CitedPassage cited : p.sources()) {
            CitedPassage located = locate(cited, documents);
            (located != null ? found : unfound).add(located != null ? located : cited);
        }
        String feedback = unfound.isEmpty() ? p.feedback() : CitationNote.compose(p.feedback(), unfound);
        if (feedback != null && feedback.length() > ImportLimits.FEEDBACK) {
            feedback = p.feedback();
        }
        return p.withFeedback(feedback, found);
    }

    private static CitedPassage locate(CitedPassage cited, List<Document> documents) {
        String label = cited.documentTitle();
        for (Document d : documents) {
            if (!label.equals(CitationNote.label(d.title, d.publisher, d.publishedOn)) && !label.equals(d.title)) {
                continue;
            }
            // The note writes a passage on one line, so any run of white space may stand for a line break.
            String words = java.util.Arrays.stream(cited.passage().strip().split("\\s+")).map(Pattern::quote)
                    .collect(Collectors.joining("\\s+"));
            Matcher m = Pattern.compile(words).matcher(d.text);
            if (!words.isEmpty() && m.find()) {
                return new CitedPassage(d.title, d.publisher, d.publishedOn, m.group(), d.id, m.start(), m.end());
            }
        }
        return null;
    }

    /** Two questions are the same when a learner would see and answer them the same way. */
    static String sameness(QuestionType type, String prompt, String answer, List<String> choices) {
        return type + "\u0000" + prompt.strip() + "\u0000" + answer.strip() + "\u0000" + String.join("\u0001", choices);
    }
}
