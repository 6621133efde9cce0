package org.citequiz.generation;

import java.time.LocalDate;

/** One content sentence of a document: its offsets in the stored text and its position among the content sentences. */
record Sentence(SourceText source, int index, int start, int end) {

    /** Cheap identity: a document's text is never hashed or compared character by character. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Sentence other && other.source.documentId() == source.documentId()
                && other.start == start && other.end == end && other.index == index;
    }

    @Override
    public int hashCode() {
        return (Long.hashCode(source.documentId()) * 31 + start) * 31 + end;
    }

    String text() {
        return source.text().substring(start, end);
    }

    long documentId() {
        return source.documentId();
    }

    LocalDate publishedOn() {
        return source.publishedOn();
    }

    Citation citation() {
        return new Citation(source.documentId(), start, end);
    }

    /** The year the document speaks from, or 0 when unknown. */
    int year() {
        return source.publishedOn() == null ? 0 : source.publishedOn().getYear();
    }

    /** This sentence with [absStart, absEnd) replaced, as one line of prompt text. */
    String replacing(int absStart, int absEnd, String replacement) {
        String t = source.text();
        return Prose.oneLine(t.substring(start, absStart) + replacement + t.substring(absEnd, end));
    }

    int wordCount() {
        return text().split("\\s+").length;
    }
}
