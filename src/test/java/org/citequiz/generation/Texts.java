package org.citequiz.generation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.citequiz.corpus.DocumentSegmenter;
import org.citequiz.corpus.Segmentation;

/** Small texts turned into sources and sentences the way the application does. */
final class Texts {

    private Texts() {
    }

    static SourceText source(long id, String text, LocalDate published) {
        Segmentation seg = new DocumentSegmenter().segment(text);
        return new SourceText(id, "Report " + id, text, published, seg.paragraphs(), seg.sentences());
    }

    static List<Sentence> sentences(SourceText source) {
        List<Sentence> out = new ArrayList<>();
        for (int i = 0; i < source.sentences().size(); i++) {
            out.add(new Sentence(source, i, source.sentences().get(i).start(), source.sentences().get(i).end()));
        }
        return out;
    }

    static Sentence sentence(String text, LocalDate published) {
        return sentences(source(1, text, published)).get(0);
    }
}
