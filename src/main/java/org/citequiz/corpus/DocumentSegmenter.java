package org.citequiz.corpus;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a text into content paragraphs and sentences and marks what is not content.
 * PLACEHOLDER: blank-line paragraphs and a naive sentence regex; replaced by the cleaner + OpenNLP splitter.
 */
@ApplicationScoped
public class DocumentSegmenter {

    private static final Pattern PARAGRAPH = Pattern.compile("[^\\n]+(?:\\n[^\\n]+)*");
    private static final Pattern SENTENCE = Pattern.compile("[^.!?]+[.!?]+[\"”’]?");

    public Segmentation segment(String text) {
        List<Span> paragraphs = new ArrayList<>();
        List<Span> sentences = new ArrayList<>();
        Matcher p = PARAGRAPH.matcher(text);
        while (p.find()) {
            Span para = trim(text, p.start(), p.end());
            if (para == null) {
                continue;
            }
            paragraphs.add(para);
            Matcher s = SENTENCE.matcher(text).region(para.start(), para.end());
            int last = para.start();
            while (s.find()) {
                Span sentence = trim(text, s.start(), s.end());
                if (sentence != null) {
                    sentences.add(sentence);
                    last = s.end();
                }
            }
            Span rest = trim(text, last, para.end());
            if (rest != null) {
                sentences.add(rest);
            }
        }
        return new Segmentation(paragraphs, sentences, List.of());
    }

    private static Span trim(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return start < end ? new Span(start, end) : null;
    }
}
