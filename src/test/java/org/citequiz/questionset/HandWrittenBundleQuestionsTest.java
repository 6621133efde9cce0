package org.citequiz.questionset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.util.List;
import org.citequiz.corpus.Document;
import org.citequiz.generation.QuestionType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HandWrittenBundleQuestionsTest {

    @Inject
    BundleLoader loader;

    @Test
    @Transactional
    void bundleGiftQuestionsAreLoadedOnceWithTheirPassages() {
        QuestionSet set = QuestionSet.findBySlug("nato-russia-council").orElseThrow();
        List<Question> imported = Question.list("setId = ?1 and origin = ?2", set.id, QuestionOrigin.IMPORTED);
        assertEquals(5, imported.size(), "the five questions of questions.gift");

        Question founding = imported.stream().filter(q -> q.prompt.contains("Founding Act")).findFirst().orElseThrow();
        assertEquals(QuestionType.NUMERIC, founding.type);
        assertEquals(1997.0, founding.numericAnswer);
        assertFalse(founding.sources.isEmpty(), "the cited passage is linked, not left as text");
        Document doc = Document.findById(founding.sources.get(0).documentId);
        String passage = doc.text.substring(founding.sources.get(0).start, founding.sources.get(0).end);
        assertTrue(passage.contains("five years after the Alliance and Russia signed"), passage);

        Question prague = imported.stream().filter(q -> q.prompt.contains("_____")).findFirst().orElseThrow();
        assertEquals(QuestionType.FILL_IN_BLANK, prague.type);
        assertEquals("Prague", prague.answer);

        // Loading the bundle again adds nothing.
        loader.load(Path.of("questions/nato-russia-council"));
        assertEquals(5, Question.count("setId = ?1 and origin = ?2", set.id, QuestionOrigin.IMPORTED));
    }
}
