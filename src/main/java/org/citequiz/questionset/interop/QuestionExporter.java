package org.citequiz.questionset.interop;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.citequiz.corpus.Document;
import org.citequiz.questionset.Question;
import org.citequiz.questionset.QuestionSet;
import org.citequiz.questionset.QuestionStatus;
import org.citequiz.questionset.SourceViews;

/**
 * A set's questions as a file. GIFT and Moodle XML carry the question bank (rejected and retired questions left
 * out); the CSV lists every question with its status, quality and citations for review in a spreadsheet.
 */
@ApplicationScoped
@Transactional
public class QuestionExporter {

    static final List<String> CSV_HEADER = List.of("id", "type", "category", "prompt", "choices", "answer",
            "accepted_answers", "tolerance", "status", "origin", "quality", "source_document", "passage");

    public String export(QuestionSet set, ExportFormat format) {
        List<Question> questions = Question.<Question>find(
                "select distinct q from Question q left join fetch q.sources where q.setId = ?1", set.id).list();
        questions = questions.stream().sorted(Comparator.comparing((Question q) -> q.id)).toList();
        SourceViews sources = SourceViews.forQuestions(questions);
        String heading = "Citequiz question set \"" + set.title + "\" (" + set.slug + ")";
        return switch (format) {
            case GIFT -> new GiftWriter().write(heading, bank(questions, sources));
            case MOODLE_XML -> new MoodleXmlWriter().write(heading, bank(questions, sources));
            case CSV -> csv(questions, sources);
        };
    }

    /** Questions for another quiz tool: those not rejected or retired, grouped by category (uncategorised first). */
    private static List<PortableQuestion> bank(List<Question> questions, SourceViews sources) {
        return questions.stream()
                .filter(q -> q.status != QuestionStatus.REJECTED && q.status != QuestionStatus.RETIRED)
                .sorted(Comparator.comparing((Question q) -> q.category, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(q -> q.id))
                .map(q -> portable(q, sources)).toList();
    }

    static PortableQuestion portable(Question q, SourceViews sources) {
        List<CitedPassage> cited = q.sources.stream().map(s -> {
            Document d = sources.document(s.documentId);
            return new CitedPassage(d.title, d.publisher, d.publishedOn, d.text.substring(s.start, s.end), d.id,
                    s.start, s.end);
        }).toList();
        return new PortableQuestion(0, q.type, q.prompt, q.choices, q.answer, q.acceptedAnswers, q.numericAnswer,
                q.tolerance, q.category, q.feedback, cited);
    }

    private static String csv(List<Question> questions, SourceViews sources) {
        CsvTable table = new CsvTable(CSV_HEADER);
        for (Question q : questions) {
            PortableQuestion p = portable(q, sources);
            table.row(java.util.Arrays.asList(q.id, q.type, q.category, q.prompt, String.join(" | ", q.choices),
                    q.answer, String.join(" | ", q.acceptedAnswers), q.tolerance, q.status, q.origin,
                    String.format(java.util.Locale.ROOT, "%.2f", q.quality),
                    p.sources().stream().map(s -> CitationNote.label(s.documentTitle(), s.publisher(), s.publishedOn()))
                            .collect(Collectors.joining("\n")),
                    p.sources().stream().map(CitedPassage::passage).collect(Collectors.joining("\n"))));
        }
        return table.toString();
    }
}
