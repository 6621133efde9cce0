package org.citequiz.questionset;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.citequiz.corpus.Document;
import org.citequiz.corpus.Passage;
import org.citequiz.generation.QuestionType;

/**
 * Builds review cards: each question next to its cited passage, shown inside its paragraph with the cited range
 * marked. Loads every cited document and its paragraphs once, so a page costs a fixed number of queries.
 */
public final class ReviewQueue {

    /** The paragraph around a citation, cut into the text before, the cited range, and the text after. */
    public record CitedPassage(long documentId, String documentTitle, String before, String cited, String after) {
    }

    public record Card(long id, QuestionType type, String prompt, String answer, List<String> acceptedAnswers,
            List<String> choices, List<String> distractors, Double numericAnswer, Double tolerance, double quality,
            QuestionStatus status, QuestionOrigin origin, String factKind, List<CitedPassage> passages) {

        public boolean playable() {
            return status.playable();
        }

        public boolean rejected() {
            return status == QuestionStatus.REJECTED;
        }

        public boolean retired() {
            return status == QuestionStatus.RETIRED;
        }
    }

    /** One sentence a question may cite, labelled for a select list. */
    public record SentenceOption(long passageId, long documentId, String documentTitle, String label, int start,
            int end) {
    }

    private final Map<Long, Document> documents = new HashMap<>();
    private final Map<Long, List<Passage>> paragraphs = new HashMap<>();

    private ReviewQueue(Collection<Long> documentIds) {
        if (documentIds.isEmpty()) {
            return;
        }
        for (Document d : Document.<Document>list("id in ?1", documentIds)) {
            documents.put(d.id, d);
        }
        for (Passage p : Passage.<Passage>list("documentId in ?1 and kind = ?2 order by documentId, ordinal",
                documentIds, Passage.PARAGRAPH)) {
            paragraphs.computeIfAbsent(p.documentId, k -> new ArrayList<>()).add(p);
        }
    }

    public static List<Card> cards(List<Question> questions) {
        Set<Long> ids = questions.stream().flatMap(q -> q.sources.stream()).map(s -> s.documentId)
                .collect(Collectors.toSet());
        ReviewQueue queue = new ReviewQueue(ids);
        return questions.stream().map(queue::toCard).toList();
    }

    public static Card card(Question question) {
        return cards(List.of(question)).get(0);
    }

    Card toCard(Question q) {
        List<CitedPassage> cited = q.sources.stream().map(s -> cite(s.documentId, s.start, s.end)).toList();
        List<String> distractors = q.type == QuestionType.MULTIPLE_CHOICE
                ? q.choices.stream().filter(c -> !c.equals(q.answer)).toList() : List.of();
        return new Card(q.id, q.type, q.prompt, q.answer, q.acceptedAnswers, q.choices, distractors, q.numericAnswer,
                q.tolerance, q.quality, q.status, q.origin, q.factKind, cited);
    }

    CitedPassage cite(long documentId, int start, int end) {
        Document d = documents.get(documentId);
        String text = d.text;
        int from = start;
        int to = end;
        for (Passage p : paragraphs.getOrDefault(documentId, List.of())) {
            if (p.start <= start && start < p.end) {
                from = p.start;
                to = Math.max(end, p.end);
                break;
            }
        }
        return new CitedPassage(documentId, d.title, text.substring(from, start), text.substring(start, end),
                text.substring(end, Math.min(to, text.length())));
    }

    /** The sentences of the given documents, for choosing what a question cites. */
    public static List<SentenceOption> sentences(List<Document> docs) {
        if (docs.isEmpty()) {
            return List.of();
        }
        Map<Long, Document> byId = docs.stream().collect(Collectors.toMap(d -> d.id, d -> d));
        List<SentenceOption> options = new ArrayList<>();
        for (Passage p : Passage.<Passage>list("documentId in ?1 and kind = ?2 order by documentId, ordinal",
                byId.keySet(), Passage.SENTENCE)) {
            Document d = byId.get(p.documentId);
            String sentence = d.text.substring(p.start, p.end).replaceAll("\\s+", " ").strip();
            options.add(new SentenceOption(p.id, d.id, d.title, SetEditor.abbreviate(sentence, 140), p.start, p.end));
        }
        return options;
    }
}
