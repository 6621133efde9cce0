package org.citequiz.corpus;

import java.util.List;

/** What the cleaner and splitter found in one text: content paragraphs, their sentences, excluded regions. */
public record Segmentation(List<Span> paragraphs, List<Span> sentences, List<Exclusion> excluded) {
}
