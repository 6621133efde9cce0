package org.citequiz.corpus;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SegmentationScratchTest {
    @Test
    void print() throws Exception {
        String dir = System.getProperty("scratch.dir", "questions/nato-russia-council");
        try (var files = Files.list(Path.of(dir))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                Segmentation s = new DocumentSegmenter().segment(text);
                StringBuilder out = new StringBuilder("\n######## " + f.getFileName() + "\n");
                for (Exclusion e : s.excluded()) {
                    out.append("  X[").append(e.reason()).append("] ").append(text, e.start(), e.end()).append('\n');
                }
                for (Span p : s.paragraphs()) {
                    out.append("P ").append(p.start()).append('-').append(p.end()).append('\n');
                    for (Span x : s.sentences()) {
                        if (p.contains(x)) {
                            out.append("   S: ").append(x.of(text)).append('\n');
                        }
                    }
                }
                Files.writeString(Path.of("target/scratch-" + f.getFileName()), out.toString());
            }
        }
    }
}
