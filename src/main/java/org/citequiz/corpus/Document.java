package org.citequiz.corpus;

import org.citequiz.web.IdentifiedEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One version of a source text, stored exactly as received. Everything derived from it
 * (passages, excluded regions, question sources) points into {@link #text} by offsets.
 */
@Entity
public class Document extends IdentifiedEntity {

    @Column(name = "set_id", nullable = false)
    public Long setId;

    /** Stable identity of the document within its set across versions (bundle file name, or a generated key). */
    @Column(name = "doc_key", nullable = false)
    public String docKey;

    public int version;

    @Column(name = "is_current")
    public boolean current;

    public String title;
    public String publisher;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    @Column(name = "date_source", nullable = false)
    public String dateSource;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    public String text;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "generated_at")
    public Instant generatedAt;

    public static List<Document> currentOfSet(long setId) {
        return list("setId = ?1 and current = true order by id", setId);
    }

    public static Optional<Document> currentByKey(long setId, String docKey) {
        return find("setId = ?1 and docKey = ?2 and current = true", setId, docKey).firstResultOptional();
    }

    public static long countCurrent(long setId) {
        return count("setId = ?1 and current = true", setId);
    }
}
