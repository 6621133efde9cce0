package org.citequiz.generation;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates grounded questions from the content sentences of a set's documents: typed facts are extracted
 * (dates, counts, people, places, quotations, acronyms), the same fact stated by several documents becomes one
 * fact citing all of them, questions of every type are built with distractors from the corpus, then ranked by
 * quality and cleared of near-duplicates. Deterministic: the same documents give the same questions in the same
 * order with the same option order. Stateless, so one instance serves every request.
 */
@ApplicationScoped
public class QuestionGenerator {

    private final QuestionRanker ranker = new QuestionRanker();
    private final NearDuplicateFilter duplicates = new NearDuplicateFilter();

    public List<GeneratedQuestion> generate(List<SourceText> documents) {
        Corpus corpus = Corpus.read(documents);
        QuestionBuilder builder = new QuestionBuilder(corpus);
        List<Draft> drafts = new ArrayList<>();

        List<FactGroup> dateGroups = Corpus.group(corpus.dates, d -> d.resolved() ? d.answer() : "?" + d.start(),
                (a, b) -> corpus.similar(a.sentence(), b.sentence()));
        dateGroups.forEach(g -> drafts.addAll(builder.dates(g)));
        Corpus.group(corpus.counts, c -> c.answer() + "|" + c.head() + "|" + c.year(),
                (a, b) -> corpus.similar(a.sentence(), b.sentence()))
                .forEach(g -> drafts.addAll(builder.counts(g)));
        Corpus.group(corpus.people, p -> p.surname() + "|" + p.roleKey() + "|" + p.year(),
                (a, b) -> true).forEach(g -> drafts.addAll(builder.people(g)));
        Corpus.group(corpus.places, p -> p.place() + "|" + p.event(),
                (a, b) -> corpus.similar(a.sentence(), b.sentence()))
                .forEach(g -> drafts.addAll(builder.places(g)));
        Corpus.group(corpus.quotes, q -> Prose.fold(q.quote()), (a, b) -> true)
                .forEach(g -> drafts.addAll(builder.quotes(g)));
        Corpus.group(corpus.acronyms, a -> a.acronym() + "|" + Prose.fold(a.expansion()), (a, b) -> true)
                .forEach(g -> drafts.addAll(builder.acronyms(g)));
        drafts.addAll(new TimelineBuilder().build(dateGroups));

        return duplicates.filter(ranker.rank(drafts));
    }
}
