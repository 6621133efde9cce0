package org.citequiz.corpus;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a text into content paragraphs and sentences and marks what is not content. Every span is a pair of
 * offsets into the unchanged text; sentences lie inside their paragraphs, and neither overlaps an excluded
 * region. Plain Java (usable with {@code new DocumentSegmenter()}); the sentence model is loaded once per JVM.
 */
@ApplicationScoped
public class DocumentSegmenter {

    private final Cleaner cleaner = new Cleaner();
    private final SentenceSplitter splitter = new SentenceSplitter();

    public Segmentation segment(String text) {
        Cleaner.Cleaning cleaning = cleaner.clean(text);
        List<Span> paragraphs = paragraphs(text, cleaning.content());
        List<Span> sentences = new ArrayList<>();
        for (Span paragraph : paragraphs) {
            sentences.addAll(splitter.split(text, paragraph));
        }
        return new Segmentation(List.copyOf(paragraphs), List.copyOf(sentences), cleaning.excluded());
    }

    /**
     * Content lines become paragraphs. A line of the same block continues the paragraph above only when that
     * one stopped mid-sentence (hard-wrapped text); pasted web pages put one paragraph on each line.
     */
    static List<Span> paragraphs(String text, List<Cleaner.ContentLine> lines) {
        List<Span> paragraphs = new ArrayList<>();
        Cleaner.ContentLine previous = null;
        int start = -1;
        int end = -1;
        for (Cleaner.ContentLine line : lines) {
            boolean continues = previous != null && previous.block() == line.block()
                    && onlySpaceBetween(text, previous.span().end(), line.span().start())
                    && !Cleaner.endsSentence(previous.span().of(text));
            if (continues) {
                end = line.span().end();
            } else {
                if (start >= 0) {
                    paragraphs.add(new Span(start, end));
                }
                start = line.span().start();
                end = line.span().end();
            }
            previous = line;
        }
        if (start >= 0) {
            paragraphs.add(new Span(start, end));
        }
        return paragraphs;
    }

    /** Two content lines are adjacent when nothing but line breaks and spaces separates them. */
    private static boolean onlySpaceBetween(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!TextLine.isSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
