package org.citequiz.questionset;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.citequiz.corpus.DateSource;
import org.citequiz.corpus.NewDocument;
import org.citequiz.questionset.interop.ImportFormat;
import org.citequiz.questionset.interop.ImportReport;
import org.citequiz.questionset.interop.QuestionImporter;

/**
 * Loads the question-set bundles under {@code questions/} at start-up, idempotently: unchanged documents are
 * left alone, changed ones become new versions, and questions learners answered are never rewritten.
 */
@ApplicationScoped
public class BundleLoader {

    public static final String MANIFEST = "bundle.json";
    /** Optional hand-written questions of a bundle, in Moodle's GIFT format, citing passages in the feedback. */
    public static final String HAND_WRITTEN = "questions.gift";

    @Inject
    BundleConfig config;

    @Inject
    QuestionSetService sets;

    @Inject
    ObjectMapper mapper;

    @Inject
    QuestionImporter importer;

    void onStart(@Observes @Priority(20) StartupEvent event) {
        if (config.loadAtStartup()) {
            loadAll(Path.of(config.path()));
        }
    }

    public void loadAll(Path root) {
        if (!Files.isDirectory(root)) {
            Log.warnf("No question bundles at %s", root.toAbsolutePath());
            return;
        }
        try (Stream<Path> folders = Files.list(root)) {
            for (Path folder : folders.filter(f -> Files.isRegularFile(f.resolve(MANIFEST))).sorted().toList()) {
                load(folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Transactional
    public QuestionSet load(Path folder) {
        BundleManifest manifest = readManifest(folder);
        String slug = manifest.slug() != null ? manifest.slug() : folder.getFileName().toString();
        QuestionSet set = QuestionSet.findBySlug(slug).orElse(null);
        if (set == null) {
            set = sets.create(manifest.title(), manifest.description(), null, slug);
        } else {
            set.title = manifest.title();
            set.description = manifest.description();
            set.updatedAt = Instant.now();
        }
        set.autoApprove = manifest.autoApprove() == null || manifest.autoApprove();
        if (manifest.autoApproveThreshold() != null) {
            set.autoApproveThreshold = manifest.autoApproveThreshold();
        }
        boolean changed = false;
        for (BundleManifest.Entry entry : manifest.documents() == null ? List.<BundleManifest.Entry>of() : manifest.documents()) {
            String text = read(folder.resolve(entry.file()));
            String dateSource = entry.publishedOn() == null ? DateSource.UNKNOWN
                    : entry.dateSource() != null ? entry.dateSource() : DateSource.METADATA;
            NewDocument doc = new NewDocument(entry.file(), entry.title(), entry.publisher(), entry.publishedOn(),
                    dateSource, text);
            changed |= sets.storeDocument(set.id, doc);
        }
        if (changed || Question.count("setId", set.id) == 0) {
            sets.regenerate(set.id);
        }
        Path handWritten = folder.resolve(HAND_WRITTEN);
        if (Files.isRegularFile(handWritten)) {
            // Questions already in the set are skipped by the importer, so re-loading adds nothing.
            ImportReport report = importer.importInto(set.id, ImportFormat.GIFT, read(handWritten));
            report.errors().forEach(e -> Log.warnf("%s line %d: %s", handWritten, e.line(), e.message()));
        }
        Log.infof("Loaded bundle '%s' from %s", slug, folder);
        return set;
    }

    private BundleManifest readManifest(Path folder) {
        try {
            return mapper.readValue(folder.resolve(MANIFEST).toFile(), BundleManifest.class);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + folder.resolve(MANIFEST) + ": " + e.getMessage(), e);
        }
    }

    private static String read(Path file) {
        try {
            // Bytes decoded as UTF-8 without any normalisation: the stored text is the file's text.
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
