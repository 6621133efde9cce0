package org.citequiz.corpus;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import org.citequiz.web.ProblemException;

/** Reads stored document versions with their passages, for whoever may see the set they belong to. */
@ApplicationScoped
public class DocumentCatalog {

    @Inject
    OwningSets sets;

    /** A document version with everything derived from it, and the current version's id. */
    public record StoredDocument(Document document, OwningSets.OwningSet set, List<Passage> passages,
            List<ExcludedRegion> excluded, long currentId) {
    }

    /** @throws ProblemException 404 when the document does not exist or its set is not visible to the caller */
    public StoredDocument require(long id) {
        Document document = Document.findById(id);
        if (document == null) {
            throw ProblemException.notFound("Document " + id);
        }
        OwningSets.OwningSet set = sets.readable(document.setId)
                .orElseThrow(() -> ProblemException.notFound("Document " + id));
        List<Passage> passages = Passage.ofDocument(id).stream()
                .sorted(Comparator.comparingInt((Passage p) -> p.start)
                        .thenComparing(p -> Passage.SENTENCE.equals(p.kind))
                        .thenComparingInt(p -> p.ordinal))
                .toList();
        long currentId = document.current ? document.id
                : Document.currentByKey(document.setId, document.docKey).map(d -> d.id).orElse(document.id);
        return new StoredDocument(document, set, passages, ExcludedRegion.ofDocument(id), currentId);
    }
}
