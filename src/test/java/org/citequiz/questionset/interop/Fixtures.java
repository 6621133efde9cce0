package org.citequiz.questionset.interop;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test files: the project's own under src/test/resources/interop, Moodle's in ../shared when present. */
final class Fixtures {

    static final Path MOODLE = Path.of("../shared/interop/moodle");

    private Fixtures() {
    }

    static String own(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/interop/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource interop/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Moodle fixture; the calling test is skipped when the shared folder is absent. */
    static String moodle(String name) {
        Path file = MOODLE.resolve(name);
        assumeTrue(Files.isRegularFile(file), "Moodle fixtures not present at " + MOODLE.toAbsolutePath());
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
