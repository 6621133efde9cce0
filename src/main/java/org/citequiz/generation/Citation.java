package org.citequiz.generation;

/** The passage that proves an answer: [start, end) in one document's stored text. */
public record Citation(long documentId, int start, int end) {
}
