package org.citequiz.questionset;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.citequiz.corpus.Document;

/** Resolves question sources to their passages, loading each cited document once. */
public final class SourceViews {

    private final Map<Long, Document> documents = new HashMap<>();

    private SourceViews(Collection<Long> documentIds) {
        if (!documentIds.isEmpty()) {
            for (Document d : Document.<Document>list("id in ?1", documentIds)) {
                documents.put(d.id, d);
            }
        }
    }

    public static SourceViews forQuestions(Collection<Question> questions) {
        Set<Long> ids = questions.stream().flatMap(q -> q.sources.stream()).map(s -> s.documentId)
                .collect(Collectors.toSet());
        return new SourceViews(ids);
    }

    public List<SetViews.SourceView> of(Question question) {
        return question.sources.stream().map(s -> {
            Document d = documents.get(s.documentId);
            return new SetViews.SourceView(s.documentId, d.title, s.start, s.end, d.text.substring(s.start, s.end));
        }).toList();
    }

    public Document document(long id) {
        return documents.get(id);
    }

    public SetViews.QuestionView view(Question q) {
        return new SetViews.QuestionView(q.id, q.type, q.prompt, q.choices, q.answer, q.acceptedAnswers,
                q.numericAnswer, q.tolerance, q.quality, q.status, q.origin, q.factKind, of(q));
    }
}
