package org.citequiz.play;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.citequiz.corpus.Document;

/**
 * What feedback quotes from a document, cached per node: a document row's text never changes (a changed text is a
 * new version with a new id), so only title/publisher edits can be briefly stale (see quarkus.cache config).
 */
@ApplicationScoped
public class CitedDocuments {

    public record Cited(long id, String title, String publisher, LocalDate publishedOn, String text) {

        String passage(int start, int end) {
            int from = Math.max(0, Math.min(start, text.length()));
            return text.substring(from, Math.max(from, Math.min(end, text.length())));
        }
    }

    @CacheResult(cacheName = "play-cited-documents")
    @Transactional(Transactional.TxType.SUPPORTS)
    public Cited of(long documentId) {
        List<Object[]> rows = Document.getEntityManager().createQuery(
                "select d.id, d.title, d.publisher, d.publishedOn, d.text from Document d where d.id = ?1",
                Object[].class).setParameter(1, documentId).getResultList();
        if (rows.isEmpty()) {
            throw new IllegalStateException("A question cites missing document " + documentId);
        }
        Object[] row = rows.get(0);
        return new Cited((Long) row[0], (String) row[1], (String) row[2], (LocalDate) row[3], (String) row[4]);
    }

    /** A set's title for the quiz pages' headings ("" when the set is gone); a renamed set shows within minutes. */
    @CacheResult(cacheName = "play-set-titles")
    @Transactional(Transactional.TxType.SUPPORTS)
    public String setTitle(long setId) {
        return org.citequiz.questionset.QuestionSet.<org.citequiz.questionset.QuestionSet>findByIdOptional(setId)
                .map(s -> s.title).orElse("");
    }
}
