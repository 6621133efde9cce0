package org.citequiz.corpus;

import java.time.LocalDate;
import java.util.List;

/** JSON shapes of the documents API. */
public final class DocumentViews {

    private DocumentViews() {
    }

    /** One stored document version; every offset is a Java string index into {@code text}, end exclusive. */
    public record DocumentDetail(long id, long setId, String title, String publisher, LocalDate publishedOn,
            String dateSource, int version, boolean current, String text, List<PassageView> passages,
            List<ExcludedView> excluded) {

        static DocumentDetail of(DocumentCatalog.StoredDocument stored) {
            Document d = stored.document();
            return new DocumentDetail(d.id, d.setId, d.title, d.publisher, d.publishedOn, d.dateSource, d.version,
                    d.current, d.text,
                    stored.passages().stream().map(p -> new PassageView(p.id, p.kind, p.start, p.end)).toList(),
                    stored.excluded().stream().map(e -> new ExcludedView(e.start, e.end, e.reason)).toList());
        }
    }

    /** @param kind "paragraph" or "sentence" */
    public record PassageView(long id, String kind, int start, int end) {
    }

    public record ExcludedView(int start, int end, String reason) {
    }
}
