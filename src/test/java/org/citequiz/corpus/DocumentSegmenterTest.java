package org.citequiz.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Offsets invariants on every text we have: the seeds, our own fixtures and a few edge cases. */
class DocumentSegmenterTest {

    private final DocumentSegmenter segmenter = new DocumentSegmenter();

    @TestFactory
    Stream<DynamicTest> offsetsHoldOnEveryText() {
        List<Path> files = new ArrayList<>(CorpusTexts.files(CorpusTexts.SEEDS));
        files.addAll(CorpusTexts.files(CorpusTexts.OWN));
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(),
                () -> assertInvariants(CorpusTexts.read(f))));
    }

    @Test
    void edgeCases() {
        for (String text : List.of("", "\n\n", "One line without end", "A.\r\nB.\r\n", "  \u00a0Indented text.  \n",
                "“Unclosed quotation. Still going.\n\nNext paragraph.")) {
            assertInvariants(text);
        }
        String text = "Headline\r\n\r\nA.\r\nB.\r\n";
        Segmentation s = segmenter.segment(text);
        assertEquals(List.of("A.", "B."), s.paragraphs().stream().map(p -> p.of(text)).toList());
        assertEquals(List.of(new Exclusion(0, 8, Exclusion.HEADLINE)), s.excluded());
    }

    @Test
    void windowsLineEndingsKeepOffsetsIntoTheOriginal() {
        String text = "Storm Hits Coast\r\n\r\nThe storm hit at 3 a.m. Roofs were lost.\r\n\r\nCrews worked all day.\r\n";
        Segmentation s = segmenter.segment(text);
        assertEquals(List.of("The storm hit at 3 a.m. Roofs were lost.", "Crews worked all day."),
                s.paragraphs().stream().map(p -> p.of(text)).toList());
        assertInvariants(text);
    }

    @Test
    void seedCopiesAreByteIdenticalToTheSharedSeeds() throws IOException {
        Path shared = Path.of("../shared/seeds");
        Assumptions.assumeTrue(Files.isDirectory(shared), "../shared/seeds is not present");
        for (Path copy : CorpusTexts.files(CorpusTexts.SEEDS)) {
            assertArrayEquals(Files.readAllBytes(shared.resolve(copy.getFileName())), Files.readAllBytes(copy),
                    copy.getFileName().toString());
        }
    }

    static void assertInvariants(String text) {
        Segmentation s = new DocumentSegmenter().segment(text);
        for (Span p : s.paragraphs()) {
            assertTrimmedInside(text, p);
            for (Exclusion e : s.excluded()) {
                assertFalse(p.overlaps(e.start(), e.end()), "paragraph overlaps " + e);
            }
        }
        for (Span sentence : s.sentences()) {
            assertTrimmedInside(text, sentence);
            assertTrue(s.paragraphs().stream().anyMatch(p -> p.contains(sentence)), "sentence outside paragraphs: "
                    + sentence.of(text));
            for (Exclusion e : s.excluded()) {
                assertFalse(sentence.overlaps(e.start(), e.end()), "sentence overlaps " + e.reason() + ": " + sentence.of(text));
            }
        }
        for (int i = 1; i < s.sentences().size(); i++) {
            assertTrue(s.sentences().get(i - 1).end() <= s.sentences().get(i).start(), "sentences overlap or are unordered");
        }
        // Every visible character is either content or marked as not content: nothing silently disappears.
        boolean[] covered = new boolean[text.length()];
        s.paragraphs().forEach(p -> java.util.Arrays.fill(covered, p.start(), p.end(), true));
        for (Exclusion e : s.excluded()) {
            assertTrimmedInside(text, new Span(e.start(), e.end()));
            java.util.Arrays.fill(covered, e.start(), e.end(), true);
        }
        for (int i = 0; i < text.length(); i++) {
            assertTrue(covered[i] || TextLine.isSpace(text.charAt(i)), "uncovered character at " + i);
        }
        // Every paragraph's sentences cover its words.
        for (Span p : s.paragraphs()) {
            StringBuilder joined = new StringBuilder();
            s.sentences().stream().filter(p::contains).forEach(x -> joined.append(x.of(text)));
            assertEquals(p.of(text).replaceAll("\\s", "").replace("\u00a0", ""),
                    joined.toString().replaceAll("\\s", "").replace("\u00a0", ""));
        }
    }

    private static void assertTrimmedInside(String text, Span span) {
        assertTrue(span.start() >= 0 && span.end() <= text.length() && span.start() < span.end(), span.toString());
        assertFalse(TextLine.isSpace(text.charAt(span.start())), "leading space in " + span);
        assertFalse(TextLine.isSpace(text.charAt(span.end() - 1)), "trailing space in " + span);
    }
}
