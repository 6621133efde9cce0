package org.citequiz.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The generator measured against gold facts, on the NATO–Russia bundle and on a report about something else. */
class GenerationGoldTest {

    @Test
    void natoRussiaBundleMeetsTheTargets() {
        Path folder = Path.of("questions/nato-russia-council");
        Assumptions.assumeTrue(Files.isDirectory(folder), "bundle folder missing");
        check("the NATO–Russia bundle", Bundle.load(folder),
                GoldMeasurement.load("/generation/nato-russia-council.gold.json"));
    }

    @Test
    void harbourBridgeReportsMeetTheTargets() throws Exception {
        Path folder = Path.of(getClass().getResource("/generation/harbour-bridge").toURI());
        check("the harbour-bridge reports", Bundle.load(folder),
                GoldMeasurement.load("/generation/harbour-bridge.gold.json"));
    }

    private static void check(String name, Bundle bundle, List<GoldMeasurement.GoldFact> gold) {
        List<GeneratedQuestion> questions = new QuestionGenerator().generate(bundle.documents());
        GoldMeasurement.Result r = GoldMeasurement.measure(bundle, questions, gold);
        System.out.println(r.table(name + " (" + questions.size() + " questions, " + gold.size() + " gold facts)"));
        assertTrue(gold.size() >= 10, "a gold file worth the name");
        assertTrue(r.recall() >= 0.85, "fact recall " + r.recall());
        assertTrue(r.precision() >= 0.95, "answer-key precision " + r.precision());
        assertEquals(1.0, r.grounding(), "grounding");
        assertEquals(1.0, r.distractorValidity(), "distractor validity");
        assertTrue(r.fullMultipleChoiceShare() >= 0.9, "MC with three valid distractors " + r.fullMultipleChoiceShare());
        assertEquals(0, r.fromExcluded(), "questions from excluded regions");
        assertTrue(r.nearDuplicateShare() <= 0.03, "near-duplicates " + r.nearDuplicateShare());
        // deterministic: a second run gives the very same questions, options in the same order
        assertEquals(questions, new QuestionGenerator().generate(bundle.documents()));
    }
}
