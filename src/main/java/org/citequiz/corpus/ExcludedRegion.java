package org.citequiz.corpus;

import org.citequiz.web.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.util.List;

/** A stretch of a document that is not article content (navigation, stamps, captions, legal notices...). */
@Entity
@jakarta.persistence.Table(name = "excluded_region")
public class ExcludedRegion extends IdentifiedEntity {

    @Column(name = "document_id", nullable = false)
    public Long documentId;

    @Column(name = "start_offset")
    public int start;

    @Column(name = "end_offset")
    public int end;

    @Column(nullable = false)
    public String reason;

    public static List<ExcludedRegion> ofDocument(long documentId) {
        return list("documentId = ?1 order by start", documentId);
    }
}
