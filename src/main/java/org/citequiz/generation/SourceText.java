package org.citequiz.generation;

import java.time.LocalDate;
import java.util.List;
import org.citequiz.corpus.Span;

/**
 * What the generator reads of one document: its stored text, publication date (null when unknown), and the
 * content paragraphs and sentences found by the corpus (excluded regions are simply not in them).
 */
public record SourceText(long documentId, String title, String text, LocalDate publishedOn, List<Span> paragraphs,
        List<Span> sentences) {
}
