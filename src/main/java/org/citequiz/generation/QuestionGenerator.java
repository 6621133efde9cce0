package org.citequiz.generation;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citequiz.corpus.Span;

/**
 * Generates grounded questions from the content sentences of a set's documents. Deterministic: the same
 * documents give the same questions in the same order.
 * PLACEHOLDER: year fill-in-the-blank only; replaced by the fact extractors and question builders.
 */
@ApplicationScoped
public class QuestionGenerator {

    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");

    public List<GeneratedQuestion> generate(List<SourceText> documents) {
        List<GeneratedQuestion> questions = new ArrayList<>();
        for (SourceText doc : documents) {
            for (Span sentence : doc.sentences()) {
                String text = sentence.of(doc.text());
                Matcher m = YEAR.matcher(text);
                if (m.find()) {
                    String year = m.group();
                    String prompt = text.substring(0, m.start()) + "_____" + text.substring(m.end());
                    questions.add(new GeneratedQuestion(QuestionType.FILL_IN_BLANK, "Fill in the blank: " + prompt,
                            List.of(), year, List.of(), null, null, 0.7, "DATE",
                            List.of(new Citation(doc.documentId(), sentence.start(), sentence.end()))));
                    int y = Integer.parseInt(year);
                    List<String> choices = new ArrayList<>(List.of(year, String.valueOf(y - 1), String.valueOf(y + 1),
                            String.valueOf(y + 2)));
                    java.util.Collections.rotate(choices, Math.floorMod(text.hashCode(), 4));
                    questions.add(new GeneratedQuestion(QuestionType.MULTIPLE_CHOICE,
                            "Which year completes the sentence? " + prompt, choices, year, List.of(), null, null,
                            0.65, "DATE", List.of(new Citation(doc.documentId(), sentence.start(), sentence.end()))));
                }
            }
        }
        return questions;
    }
}
