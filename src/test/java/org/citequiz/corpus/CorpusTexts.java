package org.citequiz.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The texts the corpus tests read: the bundled seeds (byte-identical copies) and our own fixtures. */
final class CorpusTexts {

    static final Path SEEDS = Path.of("questions/nato-russia-council");
    static final Path OWN = Path.of("src/test/resources/corpus");

    private CorpusTexts() {
    }

    /** The seed whose file name starts with the given number, e.g. "002". */
    static String seed(String number) {
        return read(files(SEEDS).stream().filter(f -> f.getFileName().toString().startsWith(number + "_"))
                .findFirst().orElseThrow());
    }

    static String own(String name) {
        return read(OWN.resolve(name));
    }

    static List<Path> files(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The excluded stretches of text with the given reason, in order. */
    static List<String> excluded(String text, Segmentation segmentation, String reason) {
        return segmentation.excluded().stream().filter(e -> e.reason().equals(reason))
                .map(e -> text.substring(e.start(), e.end())).toList();
    }

    static List<String> sentences(String text, Segmentation segmentation) {
        return segmentation.sentences().stream().map(s -> s.of(text)).toList();
    }

    static List<String> paragraphs(String text, Segmentation segmentation) {
        return segmentation.paragraphs().stream().map(s -> s.of(text)).toList();
    }
}
