package org.citequiz.corpus;

import org.citequiz.web.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.util.List;

/** A paragraph or sentence of a document's content, as [start, end) offsets into the stored text. */
@Entity
public class Passage extends IdentifiedEntity {

    public static final String PARAGRAPH = "paragraph";
    public static final String SENTENCE = "sentence";

    @Column(name = "document_id", nullable = false)
    public Long documentId;

    @Column(nullable = false)
    public String kind;

    @Column(name = "start_offset")
    public int start;

    @Column(name = "end_offset")
    public int end;

    public int ordinal;

    public static List<Passage> ofDocument(long documentId) {
        return list("documentId = ?1 order by kind, ordinal", documentId);
    }

    public static List<Passage> ofDocument(long documentId, String kind) {
        return list("documentId = ?1 and kind = ?2 order by ordinal", documentId, kind);
    }
}
