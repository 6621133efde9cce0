package org.citequiz.questionset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.citequiz.account.Instructor;
import org.citequiz.corpus.DateSource;
import org.citequiz.corpus.Document;
import org.citequiz.corpus.DocumentsConfig;
import org.citequiz.corpus.NewDocument;
import org.citequiz.web.ProblemException;

/**
 * What an instructor changes about a set: its settings, publication, archiving, sharing, and its documents.
 * Callers check {@link SetAccess} first; each method is one transaction, so a failure stores nothing.
 */
@ApplicationScoped
@Transactional
public class SetEditor {

    /** {@code dateSource} of a publication date typed by an instructor. */
    public static final String DATE_FROM_EDITOR = "editor";

    @Inject
    QuestionSetService sets;

    @Inject
    DocumentsConfig documentsConfig;

    /** Changes to a set; null fields are left as they are. */
    public record SetChanges(String title, String description, Boolean published, Boolean autoApprove,
            Double autoApproveThreshold) {
    }

    public record DocumentChanges(String title, String publisher, LocalDate publishedOn) {
    }

    public record ManagedSet(long id, String slug, String title, String description, boolean published,
            String relation, long documentCount, long playableCount, long pendingCount) {
    }

    public record DocumentRow(long id, String title, String publisher, LocalDate publishedOn, String dateSource,
            int version, long questionCount, Instant generatedAt) {
    }

    public QuestionSet create(String title, String description, long ownerId) {
        String t = requireTitle(title);
        QuestionSet set = sets.create(t, checkDescription(description), ownerId, null);
        // An instructor's own set starts unpublished and reviewed by hand: learners see it once it is ready.
        set.published = false;
        set.autoApprove = false;
        return set;
    }

    public QuestionSet update(long setId, SetChanges changes) {
        QuestionSet set = sets.require(setId);
        if (changes.title() != null) {
            set.title = requireTitle(changes.title());
        }
        if (changes.description() != null) {
            set.description = checkDescription(changes.description());
        }
        if (changes.published() != null) {
            set.published = changes.published();
        }
        if (changes.autoApproveThreshold() != null) {
            double t = changes.autoApproveThreshold();
            if (Double.isNaN(t) || t < 0 || t > 1) {
                throw ProblemException.badRequest("The auto-approve threshold is a quality score between 0 and 1.");
            }
            set.autoApproveThreshold = t;
        }
        if (changes.autoApprove() != null) {
            set.autoApprove = changes.autoApprove();
        }
        if (set.autoApprove && (changes.autoApprove() != null || changes.autoApproveThreshold() != null)) {
            // Turning auto-approval on also clears the queue of generated questions above the threshold;
            // nothing already approved is ever withdrawn by a settings change.
            Question.update("status = ?1, updatedAt = ?2 where setId = ?3 and status = ?4 and origin = ?5 and quality >= ?6",
                    QuestionStatus.AUTO_APPROVED, Instant.now(), setId, QuestionStatus.PENDING,
                    QuestionOrigin.GENERATED, set.autoApproveThreshold);
        }
        set.updatedAt = Instant.now();
        return set;
    }

    /** Deleting a set archives it: hidden from learners and lists, its questions and learners' scores stay. */
    public void archive(long setId) {
        QuestionSet set = sets.require(setId);
        set.archived = true;
        set.published = false;
        set.updatedAt = Instant.now();
    }

    public SetShare share(long setId, String username, long sharedBy) {
        QuestionSet set = sets.require(setId);
        Instructor with = username == null ? null
                : Instructor.<Instructor>find("lower(username) = ?1", username.strip().toLowerCase(java.util.Locale.ROOT))
                        .firstResult();
        if (with == null) {
            throw ProblemException.badRequest("There is no instructor named '" + username + "'.");
        }
        if (Objects.equals(with.id, set.ownerId)) {
            throw ProblemException.badRequest("You own this set already.");
        }
        if (SetShare.exists(setId, with.id)) {
            throw ProblemException.conflict("The set is already shared with " + with.username + ".");
        }
        SetShare share = new SetShare();
        share.setId = setId;
        share.instructorId = with.id;
        share.sharedBy = sharedBy;
        share.createdAt = Instant.now();
        share.persist();
        return share;
    }

    public List<String> sharedWith(long setId) {
        List<Long> ids = SetShare.ofSet(setId).stream().map(s -> s.instructorId).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return Instructor.<Instructor>list("id in ?1 order by username", ids).stream().map(i -> i.username).toList();
    }

    /** The sets an instructor may change: their own, those shared with them, and the bundled ones. */
    public List<ManagedSet> manageable(long instructorId) {
        List<QuestionSet> found = QuestionSet.list("archived = false and (ownerId is null or ownerId = ?1 or id in "
                + "(select s.setId from SetShare s where s.instructorId = ?1)) order by title", instructorId);
        if (found.isEmpty()) {
            return List.of();
        }
        List<Long> ids = found.stream().map(s -> s.id).toList();
        Map<Long, Long> documents = new HashMap<>();
        for (Object[] row : Document.getEntityManager().createQuery(
                "select d.setId, count(d) from Document d where d.current = true and d.setId in ?1 group by d.setId",
                Object[].class).setParameter(1, ids).getResultList()) {
            documents.put((Long) row[0], (Long) row[1]);
        }
        Map<Long, Map<QuestionStatus, Long>> statuses = new HashMap<>();
        for (Object[] row : Question.getEntityManager().createQuery(
                "select q.setId, q.status, count(q) from Question q where q.setId in ?1 group by q.setId, q.status",
                Object[].class).setParameter(1, ids).getResultList()) {
            statuses.computeIfAbsent((Long) row[0], k -> new HashMap<>()).put((QuestionStatus) row[1], (Long) row[2]);
        }
        List<ManagedSet> result = new ArrayList<>();
        for (QuestionSet s : found) {
            Map<QuestionStatus, Long> st = statuses.getOrDefault(s.id, Map.of());
            String relation = s.ownerId == null ? "bundled" : s.ownerId == instructorId ? "yours" : "shared with you";
            result.add(new ManagedSet(s.id, s.slug, s.title, s.description, s.published, relation,
                    documents.getOrDefault(s.id, 0L),
                    st.getOrDefault(QuestionStatus.APPROVED, 0L) + st.getOrDefault(QuestionStatus.AUTO_APPROVED, 0L),
                    st.getOrDefault(QuestionStatus.PENDING, 0L)));
        }
        return result;
    }

    /** The set's current documents with how many live questions each gave and when generation finished. */
    public List<DocumentRow> documents(long setId) {
        List<Document> docs = Document.currentOfSet(setId);
        if (docs.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : Document.getEntityManager().createQuery(
                "select s.documentId, count(distinct s.question.id) from QuestionSource s where s.documentId in ?1"
                        + " and s.question.status not in ?2 group by s.documentId", Object[].class)
                .setParameter(1, docs.stream().map(d -> d.id).toList())
                .setParameter(2, List.of(QuestionStatus.RETIRED, QuestionStatus.REJECTED))
                .getResultList()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return docs.stream().map(d -> new DocumentRow(d.id, d.title, d.publisher, d.publishedOn, d.dateSource,
                d.version, counts.getOrDefault(d.id, 0L), d.generatedAt)).toList();
    }

    /**
     * Stores a pasted or uploaded document and generates its questions, in one transaction: when anything fails
     * (size, generation, storage) nothing of it is kept.
     */
    public QuestionSetService.DocumentAdded addDocument(long setId, UploadedDocument.Extracted extracted) {
        int bytes = extracted.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        if (bytes > documentsConfig.maxBytes()) {
            throw ProblemException.tooLarge("The document's text is " + bytes + " bytes; the limit is "
                    + documentsConfig.maxBytes() + " bytes.");
        }
        if (extracted.text().isBlank()) {
            throw ProblemException.badRequest("The document has no text.");
        }
        String title = extracted.title() == null || extracted.title().isBlank() ? "Untitled document"
                : abbreviate(extracted.title().strip(), 300);
        NewDocument doc = new NewDocument("upload-" + UUID.randomUUID(), title,
                blankToNull(extracted.publisher()), extracted.publishedOn(),
                extracted.publishedOn() == null ? DateSource.UNKNOWN : extracted.dateSource(), extracted.text());
        return sets.addDocument(setId, doc);
    }

    public Document updateDocument(long documentId, DocumentChanges changes) {
        Document d = requireDocument(documentId);
        if (changes.title() == null || changes.title().isBlank()) {
            throw ProblemException.badRequest("A document needs a title.");
        }
        if (changes.title().strip().length() > 300 || (changes.publisher() != null && changes.publisher().length() > 200)) {
            throw ProblemException.badRequest("The title may have 300 characters, the publisher 200.");
        }
        d.title = changes.title().strip();
        d.publisher = blankToNull(changes.publisher());
        if (!Objects.equals(d.publishedOn, changes.publishedOn())) {
            d.publishedOn = changes.publishedOn();
            d.dateSource = changes.publishedOn() == null ? DateSource.UNKNOWN : DATE_FROM_EDITOR;
        }
        return d;
    }

    public Document requireDocument(long documentId) {
        Document d = Document.findById(documentId);
        if (d == null) {
            throw ProblemException.notFound("Document " + documentId);
        }
        return d;
    }

    private static String requireTitle(String title) {
        if (title == null || title.isBlank()) {
            throw ProblemException.badRequest("A question set needs a title.");
        }
        if (title.strip().length() > 200) {
            throw ProblemException.badRequest("A title may have at most 200 characters.");
        }
        return title.strip();
    }

    private static String checkDescription(String description) {
        if (description != null && description.length() > 2000) {
            throw ProblemException.badRequest("A description may have at most 2000 characters.");
        }
        return blankToNull(description);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
