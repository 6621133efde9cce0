package org.citequiz.questionset;

import java.time.LocalDate;
import java.util.List;
import org.citequiz.corpus.Document;
import org.citequiz.generation.QuestionType;

/** JSON shapes of the question-set API. */
public final class SetViews {

    private SetViews() {
    }

    public record SetSummary(long id, String slug, String title, String description, long documentCount,
            long questionCount) {
        static SetSummary of(QuestionSet set) {
            return new SetSummary(set.id, set.slug, set.title, set.description, Document.countCurrent(set.id),
                    Question.count("setId = ?1 and status in ?2", set.id,
                            List.of(QuestionStatus.APPROVED, QuestionStatus.AUTO_APPROVED)));
        }
    }

    public record DocumentSummary(long id, String title, String publisher, LocalDate publishedOn, String dateSource,
            int version) {
        static DocumentSummary of(Document d) {
            return new DocumentSummary(d.id, d.title, d.publisher, d.publishedOn, d.dateSource, d.version);
        }
    }

    public record SetDetail(long id, String slug, String title, String description, boolean published,
            long documentCount, long questionCount, List<DocumentSummary> documents) {
        static SetDetail of(QuestionSet set) {
            List<DocumentSummary> docs = Document.currentOfSet(set.id).stream().map(DocumentSummary::of).toList();
            SetSummary summary = SetSummary.of(set);
            return new SetDetail(set.id, set.slug, set.title, set.description, set.published, docs.size(),
                    summary.questionCount(), docs);
        }
    }

    public record SourceView(long documentId, String documentTitle, int start, int end, String passage) {
    }

    public record QuestionView(long id, QuestionType type, String prompt, List<String> choices, String answer,
            List<String> acceptedAnswers, Double numericAnswer, Double tolerance, double quality,
            QuestionStatus status, QuestionOrigin origin, String factKind, List<SourceView> sources) {
    }

    public record DocumentCreated(long id, String title, long questionCount) {
    }
}
