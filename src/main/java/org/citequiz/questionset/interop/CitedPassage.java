package org.citequiz.questionset.interop;

import java.time.LocalDate;

/**
 * A passage a question cites, with the document it comes from. When imported, {@code documentId} and the offsets
 * are known only once the passage has been found again in one of the set's documents.
 */
public record CitedPassage(String documentTitle, String publisher, LocalDate publishedOn, String passage,
        Long documentId, int start, int end) {

    public static CitedPassage unresolved(String label, String passage) {
        return new CitedPassage(label, null, null, passage, null, -1, -1);
    }
}
