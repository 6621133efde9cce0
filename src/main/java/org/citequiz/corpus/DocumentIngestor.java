package org.citequiz.corpus;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * Stores documents exactly as received, with their passages and excluded regions. Storing the same text
 * again under the same key changes nothing; a changed text becomes a new version and the old one stays.
 */
@ApplicationScoped
public class DocumentIngestor {

    @Inject
    DocumentSegmenter segmenter;

    private final PublicationDateFinder dateFinder = new PublicationDateFinder();

    public record Ingested(Document document, boolean changed) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Ingested store(long setId, NewDocument incoming) {
        String hash = sha256(incoming.text());
        Document existing = Document.currentByKey(setId, incoming.docKey()).orElse(null);
        if (existing != null && existing.contentHash.equals(hash)) {
            boolean metadataChanged = updateMetadata(existing, incoming);
            return new Ingested(existing, metadataChanged);
        }
        int version = 1;
        if (existing != null) {
            existing.current = false;
            version = existing.version + 1;
        }
        Segmentation segmentation = segmenter.segment(incoming.text());
        Document document = new Document();
        document.setId = setId;
        document.docKey = incoming.docKey();
        document.version = version;
        document.current = true;
        document.title = incoming.title();
        document.publisher = incoming.publisher();
        document.publishedOn = incoming.publishedOn();
        document.dateSource = incoming.publishedOn() != null ? incoming.dateSource() : DateSource.UNKNOWN;
        if (incoming.publishedOn() == null) {
            // Only when the source gave no date: the page's own printed date, if it can be trusted.
            dateFinder.find(incoming.text(), segmentation).ifPresent(date -> {
                document.publishedOn = date;
                document.dateSource = DateSource.ARTICLE;
            });
        }
        document.contentHash = hash;
        document.text = incoming.text();
        document.createdAt = Instant.now();
        document.persist();
        persistPassages(document.id, Passage.PARAGRAPH, segmentation.paragraphs());
        persistPassages(document.id, Passage.SENTENCE, segmentation.sentences());
        for (Exclusion exclusion : segmentation.excluded()) {
            ExcludedRegion region = new ExcludedRegion();
            region.documentId = document.id;
            region.start = exclusion.start();
            region.end = exclusion.end();
            region.reason = exclusion.reason();
            region.persist();
        }
        return new Ingested(document, true);
    }

    private static boolean updateMetadata(Document document, NewDocument incoming) {
        boolean changed = false;
        if (!java.util.Objects.equals(document.title, incoming.title())) {
            document.title = incoming.title();
            changed = true;
        }
        if (!java.util.Objects.equals(document.publisher, incoming.publisher())) {
            document.publisher = incoming.publisher();
            changed = true;
        }
        if (incoming.publishedOn() != null && !incoming.publishedOn().equals(document.publishedOn)) {
            document.publishedOn = incoming.publishedOn();
            document.dateSource = incoming.dateSource();
            changed = true;
        }
        return changed;
    }

    private static void persistPassages(long documentId, String kind, List<Span> spans) {
        int ordinal = 0;
        for (Span span : spans) {
            Passage passage = new Passage();
            passage.documentId = documentId;
            passage.kind = kind;
            passage.start = span.start();
            passage.end = span.end();
            passage.ordinal = ordinal++;
            passage.persist();
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
