package org.citequiz.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each extractor on small texts of its own, including what it must not find. */
class FactExtractorsTest {

    private static final LocalDate FRIDAY = LocalDate.of(2021, 5, 14);

    @Test
    void datesKeepTheirPrecision() {
        List<DateFact> dates = new DateExtractor().extract(Texts.sentence(
                "The treaty signed on 12 March 1999 replaced the pact of August 1990, which dated from 1985.", FRIDAY));
        assertEquals(List.of("12 March 1999", "August 1990", "1985"), dates.stream().map(DateFact::answer).toList());
        assertEquals(List.of(DateFact.Precision.DAY, DateFact.Precision.MONTH, DateFact.Precision.YEAR),
                dates.stream().map(DateFact::precision).toList());
    }

    @Test
    void relativeDatesResolveAgainstThePublicationDate() {
        List<DateFact> dates = new DateExtractor().extract(Texts.sentence(
                "The mayor said on Tuesday that the works begun last month would end next year.", FRIDAY));
        assertEquals(List.of("11 May 2021", "April 2021", "2022"), dates.stream().map(DateFact::answer).toList());
        assertTrue(dates.stream().allMatch(DateFact::relative));
    }

    @Test
    void unresolvableRelativeDatesAskNothing() {
        String text = "The committee met last week and again earlier this week to discuss the budget of the port.";
        List<DateFact> dated = new DateExtractor().extract(Texts.sentence(text, FRIDAY));
        assertFalse(dated.isEmpty());
        assertTrue(dated.stream().noneMatch(DateFact::resolved), "a week is not a date");
        // without a publication date even "on Tuesday" cannot be resolved, and no question asks for it
        SourceText undated = Texts.source(1, "The mayor of the town said on Tuesday that the works would begin soon.", null);
        assertTrue(new DateExtractor().extract(Texts.sentences(undated).get(0)).stream().noneMatch(DateFact::resolved));
        List<GeneratedQuestion> questions = new QuestionGenerator().generate(List.of(undated));
        assertTrue(questions.stream().noneMatch(q -> q.factKind().equals("DATE")), questions.toString());
    }

    @Test
    void countsNameWhatTheyCount() {
        List<CountFact> counts = new CountExtractor().extract(Texts.sentence(
                "A board of 12 trustees approved 240 million euros for three new schools and 2,500 laptops.", FRIDAY),
                List.of());
        assertEquals(List.of("12|trustees", "240 million|euros", "3|schools", "2,500|laptops"),
                counts.stream().map(c -> c.answer() + "|" + c.head()).toList());
        assertEquals(240_000_000d, counts.get(1).value());
    }

    @Test
    void countsSkipArticlesOrdinalsAndYears() {
        List<DateFact> dates = new DateExtractor().extract(Texts.sentence(
                "Under Article 5 of the 21st century charter adopted in 2004, members act together.", FRIDAY));
        List<CountFact> counts = new CountExtractor().extract(Texts.sentence(
                "Under Article 5 of the 21st century charter adopted in 2004, members act together.", FRIDAY), dates);
        assertTrue(counts.isEmpty(), counts.toString());
    }

    @Test
    void peopleComeWithTheirRoles() {
        List<PersonFact> people = new PersonExtractor().extract(Texts.sentence(
                "French Finance Minister Claire Dubois met the Governor of the Central Bank, Tomas Novak, and Mayor Ana Ruiz.",
                FRIDAY));
        assertEquals(List.of("Claire Dubois|Finance Minister|French", "Tomas Novak|Governor of the Central Bank|",
                "Ana Ruiz|Mayor|"), people.stream().map(p -> p.name() + "|" + p.role() + "|" + p.qualifier()).toList());
    }

    @Test
    void placesAreTiedToEvents() {
        List<PlaceFact> places = new PlaceExtractor().extract(Texts.sentence(
                "After the summit in Lisbon, the ministers met in Vienna before the Madrid conference.", FRIDAY));
        assertEquals(List.of("Lisbon|summit|city", "Vienna|meeting|city", "Madrid|conference|city"),
                places.stream().map(p -> p.place() + "|" + p.event() + "|" + p.type()).toList());
        assertTrue(new PlaceExtractor().extract(Texts.sentence("She was born in Lisbon and studied law there.", FRIDAY))
                .isEmpty(), "a place without an event is not asked about");
    }

    @Test
    void acronymsComeWithTheirExpansions() {
        List<AcronymFact> acronyms = new AcronymExtractor().extract(Texts.sentence(
                "The World Health Organization (WHO) and the International Energy Agency, or IEA, met the press.",
                FRIDAY));
        assertEquals(List.of("WHO=World Health Organization", "IEA=International Energy Agency"),
                acronyms.stream().map(a -> a.acronym() + "=" + a.expansion()).toList());
        assertTrue(new AcronymExtractor().extract(Texts.sentence("The talks (in English) ended with a press note.",
                FRIDAY)).isEmpty());
    }

    @Test
    void quotesFindTheirSpeakersAcrossSentencesAndMissingMarks() {
        String text = """
                Coach Maria Lopez praised her team after the final.

                "We played with courage. Nobody gave up," she said.

                Captain Jonas Berg was calmer. The season is long and we have won nothing yet,” Berg said.
                """;
        SourceText source = Texts.source(1, text, FRIDAY);
        List<Sentence> sentences = Texts.sentences(source);
        List<PersonFact> people = new java.util.ArrayList<>();
        sentences.forEach(s -> people.addAll(new PersonExtractor().extract(s)));
        List<QuoteFact> quotes = new QuoteExtractor().extract(source, sentences, people);
        assertEquals(List.of("Maria Lopez|We played with courage. Nobody gave up",
                "Jonas Berg|The season is long and we have won nothing yet"),
                quotes.stream().map(q -> q.speaker() + "|" + q.quote()).toList());
        // the pronoun's citation reaches back to the sentence that names her
        assertTrue(quotes.get(0).evidence().get(0).text().contains("Maria Lopez"));
    }

    @Test
    void aPersonIsNotTakenForAQuoteSpeakerBecauseTheQuoteNamesThem() {
        String text = """
                Senator Paul Grant spoke after the vote.

                "We discussed the plan with Mayor Lina Ortiz today and she agreed," he said.
                """;
        SourceText source = Texts.source(1, text, FRIDAY);
        List<Sentence> sentences = Texts.sentences(source);
        List<PersonFact> people = new java.util.ArrayList<>();
        sentences.forEach(s -> people.addAll(new PersonExtractor().extract(s)));
        List<QuoteFact> quotes = new QuoteExtractor().extract(source, sentences, people);
        assertEquals("Paul Grant", quotes.get(0).speaker());
    }

    @Test
    void cleanNameRefusesOrganisations() {
        assertNull(PersonExtractor.cleanName("Port Authority"));
        assertEquals("Ana Ruiz", PersonExtractor.cleanName("Ana Ruiz's"));
    }
}
