package org.citequiz.questionset;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.citequiz.corpus.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@QuarkusTest
class BundleLoaderTest {

    static final Path BUNDLE = Path.of("questions/nato-russia-council");

    @Inject
    BundleLoader loader;

    @Test
    void loadingTheBundledSetAgainChangesNothing() {
        long setId = QuarkusTransaction.requiringNew().call(() -> QuestionSet.findBySlug("nato-russia-council").orElseThrow().id);
        long rowsBefore = documentRows(setId);
        long questionsBefore = QuarkusTransaction.requiringNew().call(() -> Question.count("setId", setId));
        loader.load(BUNDLE);
        loader.load(BUNDLE);
        assertEquals(rowsBefore, documentRows(setId));
        assertEquals(5, currentRows(setId));
        assertEquals(questionsBefore, QuarkusTransaction.requiringNew().call(() -> Question.count("setId", setId)));
    }

    @Test
    void anEditedDocumentBecomesVersionTwoAndVersionOneAndItsQuestionsRemain(@TempDir Path temp) throws IOException {
        Path copy = copyBundle(temp, "bundle-loader-test-" + System.nanoTime());
        long setId = loader.load(copy).id;
        try {
            loader.load(copy);
            assertEquals(5, documentRows(setId), "loading twice stores each document once");
            assertEquals(5, currentRows(setId));
            assertEquals(5, QuarkusTransaction.requiringNew().call(() -> Document.<Document>list("setId", setId).stream()
                    .map(d -> d.docKey).distinct().count()));

            // Edit a document that questions cite.
            Document cited = QuarkusTransaction.requiringNew().call(() -> Document.currentOfSet(setId).stream()
                    .filter(d -> QuestionSource.count("documentId", d.id) > 0).findFirst().orElseThrow());
            List<Long> citingV1 = QuarkusTransaction.requiringNew().call(() -> QuestionSource.<QuestionSource>list(
                    "documentId", cited.id).stream().map(s -> s.question.id).distinct().toList());
            assertFalse(citingV1.isEmpty());
            Path file = copy.resolve(cited.docKey);
            String original = Files.readString(file, StandardCharsets.UTF_8);
            Files.writeString(file, original + "\n\nThe editors added this paragraph in 2024 after a correction.",
                    StandardCharsets.UTF_8);

            loader.load(copy);
            loader.load(copy);
            assertEquals(6, documentRows(setId));
            assertEquals(5, currentRows(setId));
            Document v2 = QuarkusTransaction.requiringNew().call(() -> Document.currentByKey(setId, cited.docKey).orElseThrow());
            assertEquals(2, v2.version);

            given().get("/api/documents/" + cited.id).then().statusCode(200)
                    .body("version", is(1)).body("current", is(false)).body("text", is(original));
            given().get("/api/documents/" + v2.id).then().statusCode(200)
                    .body("version", is(2)).body("current", is(true))
                    .body("text", is(original + "\n\nThe editors added this paragraph in 2024 after a correction."));

            Map<Long, QuestionStatus> statuses = QuarkusTransaction.requiringNew().call(() -> citingV1.stream()
                    .collect(Collectors.toMap(id -> id, id -> Question.<Question>findById(id).status)));
            assertEquals(citingV1.size(), statuses.size(), "questions citing version 1 still exist");
            for (long id : citingV1) {
                assertNotNull(statuses.get(id));
                long stillCitingV1 = QuarkusTransaction.requiringNew().call(() ->
                        QuestionSource.count("question.id = ?1 and documentId = ?2", id, cited.id));
                assertTrue(stillCitingV1 > 0, "question " + id + " still points at the passage it was asked from");
            }
            assertTrue(statuses.values().stream().allMatch(s -> s == QuestionStatus.RETIRED || s.playable()
                    || s == QuestionStatus.PENDING || s == QuestionStatus.REJECTED));
        } finally {
            // Keep the shared test database's set listings as they were.
            QuarkusTransaction.requiringNew().run(() -> QuestionSet.<QuestionSet>findById(setId).archived = true);
        }
    }

    private static Path copyBundle(Path temp, String slug) throws IOException {
        Path copy = temp.resolve(slug);
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(BUNDLE)) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode manifest = (ObjectNode) mapper.readTree(copy.resolve(BundleLoader.MANIFEST).toFile());
        manifest.put("slug", slug);
        mapper.writeValue(copy.resolve(BundleLoader.MANIFEST).toFile(), manifest);
        return copy;
    }

    private static long documentRows(long setId) {
        return QuarkusTransaction.requiringNew().call(() -> Document.count("setId", setId));
    }

    private static long currentRows(long setId) {
        return QuarkusTransaction.requiringNew().call(() -> Document.countCurrent(setId));
    }
}
