package org.citequiz.questionset;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.citequiz.corpus.Document;
import org.citequiz.corpus.DocumentIngestor;
import org.citequiz.corpus.NewDocument;
import org.citequiz.corpus.Passage;
import org.citequiz.corpus.Span;
import org.citequiz.generation.Citation;
import org.citequiz.generation.GeneratedQuestion;
import org.citequiz.generation.QuestionGenerator;
import org.citequiz.generation.SourceText;
import org.citequiz.web.ProblemException;

/** Question sets, their documents, and keeping generated questions in step with the current documents. */
@ApplicationScoped
@Transactional
public class QuestionSetService {

    @Inject
    DocumentIngestor ingestor;

    @Inject
    QuestionGenerator generator;

    public record DocumentAdded(Document document, boolean changed, long questionCount) {
    }

    public QuestionSet create(String title, String description, Long ownerId, String slug) {
        QuestionSet set = new QuestionSet();
        set.title = title.strip();
        set.description = description == null ? null : description.strip();
        set.ownerId = ownerId;
        set.slug = uniqueSlug(slug != null ? slug : slugOf(title));
        set.published = true;
        set.autoApprove = ownerId == null;
        set.autoApproveThreshold = 0.6;
        set.createdAt = Instant.now();
        set.updatedAt = set.createdAt;
        set.persist();
        return set;
    }

    public QuestionSet require(long setId) {
        QuestionSet set = QuestionSet.findById(setId);
        if (set == null) {
            throw ProblemException.notFound("Question set " + setId);
        }
        return set;
    }

    /** Stores a document without regenerating; true when anything changed. For loading many documents at once. */
    public boolean storeDocument(long setId, NewDocument incoming) {
        return ingestor.store(setId, incoming).changed();
    }

    /** Stores a document (a new version when its text changed) and regenerates the set's questions. */
    public DocumentAdded addDocument(long setId, NewDocument incoming) {
        require(setId);
        DocumentIngestor.Ingested ingested = ingestor.store(setId, incoming);
        if (ingested.changed()) {
            regenerate(setId);
        }
        long count = QuestionSource.count("documentId = ?1 and question.status <> ?2", ingested.document().id,
                QuestionStatus.RETIRED);
        return new DocumentAdded(ingested.document(), ingested.changed(), count);
    }

    /**
     * Runs the generator over the set's current documents and reconciles: questions asked the same way from
     * the same passages are kept (with their answers and review status), new ones are added, and generated
     * questions that no longer come out are retired, never deleted, so past answers stay readable.
     */
    public void regenerate(long setId) {
        QuestionSet set = require(setId);
        List<Document> documents = Document.currentOfSet(setId);
        List<SourceText> sources = documents.stream().map(QuestionSetService::sourceText).toList();
        long started = System.nanoTime();
        List<GeneratedQuestion> generated = generator.generate(sources);
        Map<String, Question> existing = new HashMap<>();
        // EDITED questions keep the fingerprint they were generated with: regeneration recognises them and
        // neither adds the original again nor touches the instructor's version.
        for (Question q : Question.<Question>list("setId = ?1 and origin in ?2", setId,
                List.of(QuestionOrigin.GENERATED, QuestionOrigin.EDITED))) {
            existing.putIfAbsent(q.fingerprint, q);
        }
        Instant now = Instant.now();
        int added = 0;
        for (GeneratedQuestion g : generated) {
            String fingerprint = fingerprint(g);
            Question kept = existing.remove(fingerprint);
            if (kept != null) {
                if (kept.status == QuestionStatus.RETIRED && kept.origin == QuestionOrigin.GENERATED) {
                    kept.status = initialStatus(set, g.quality());
                }
                continue;
            }
            Question q = new Question();
            q.setId = setId;
            q.type = g.type();
            q.prompt = g.prompt();
            q.choices = new java.util.ArrayList<>(g.choices());
            q.answer = g.answer();
            q.acceptedAnswers = new java.util.ArrayList<>(g.acceptedAnswers());
            q.numericAnswer = g.numericAnswer();
            q.tolerance = g.tolerance();
            q.quality = g.quality();
            q.factKind = g.factKind();
            q.fingerprint = fingerprint;
            q.origin = QuestionOrigin.GENERATED;
            q.status = initialStatus(set, g.quality());
            q.createdAt = now;
            q.updatedAt = now;
            for (Citation c : g.sources()) {
                q.addSource(c.documentId(), c.start(), c.end());
            }
            q.persist();
            added++;
        }
        for (Question stale : existing.values()) {
            if (stale.status != QuestionStatus.REJECTED && stale.origin == QuestionOrigin.GENERATED) {
                stale.status = QuestionStatus.RETIRED;
                stale.updatedAt = now;
            }
        }
        for (Document d : documents) {
            d.generatedAt = now;
        }
        Log.infof("Generated %d questions for set '%s' (%d new, %d retired) in %d ms", generated.size(), set.slug,
                added, existing.size(), (System.nanoTime() - started) / 1_000_000);
    }

    static QuestionStatus initialStatus(QuestionSet set, double quality) {
        return set.autoApprove && quality >= set.autoApproveThreshold ? QuestionStatus.AUTO_APPROVED
                : QuestionStatus.PENDING;
    }

    public static SourceText sourceText(Document d) {
        List<Span> paragraphs = spans(Passage.ofDocument(d.id, Passage.PARAGRAPH));
        List<Span> sentences = spans(Passage.ofDocument(d.id, Passage.SENTENCE));
        return new SourceText(d.id, d.title, d.text, d.publishedOn, paragraphs, sentences);
    }

    private static List<Span> spans(List<Passage> passages) {
        return passages.stream().map(p -> new Span(p.start, p.end)).toList();
    }

    static String fingerprint(GeneratedQuestion g) {
        String key = g.type() + "|" + g.prompt() + "|" + g.answer() + "|" + String.join("|", g.choices()) + "|"
                + g.sources().stream().map(c -> c.documentId() + ":" + c.start() + "-" + c.end())
                        .collect(Collectors.joining(","));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String slugOf(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (slug.isEmpty()) {
            slug = "set";
        }
        return slug.length() > 80 ? slug.substring(0, 80) : slug;
    }

    private static String uniqueSlug(String base) {
        String slug = base;
        for (int n = 2; QuestionSet.findBySlug(slug).isPresent(); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
