package org.citequiz.corpus;

import static org.citequiz.corpus.CorpusTexts.own;
import static org.citequiz.corpus.CorpusTexts.seed;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublicationDateFinderTest {

    private final DocumentSegmenter segmenter = new DocumentSegmenter();
    private final PublicationDateFinder finder = new PublicationDateFinder();

    private Optional<LocalDate> find(String text) {
        return finder.find(text, segmenter.segment(text));
    }

    @Test
    void printedDateOfTheNatoReleases() {
        assertEquals(Optional.of(LocalDate.of(2012, 4, 19)), find(seed("001")));
        assertEquals(Optional.of(LocalDate.of(2009, 12, 4)), find(seed("003")));
    }

    @Test
    void archiveStampOf000IsNotTheArticlesDate() {
        // "Last Updated: 07/27/2016" on a story about 1997-2002 events.
        assertEquals(Optional.empty(), find(seed("000")));
        assertEquals(Optional.empty(), find(own("archived-election.txt")));
    }

    @Test
    void pagesThatPrintNoDate() {
        assertEquals(Optional.empty(), find(seed("002")));
        assertEquals(Optional.empty(), find(seed("004")));
    }

    @Test
    void publishedLineAndAStampThatAgreesWithTheArticle() {
        assertEquals(Optional.of(LocalDate.of(2022, 1, 14)), find(own("museum-opening.txt")));
        assertEquals(Optional.of(LocalDate.of(2023, 3, 9)), find(own("river-flood.txt")));
        String agreeing = "Last updated: 5 May 2010\n\nBudget Passes\n\nThe 2009 deficit was the largest on record, the minister said.\n";
        assertEquals(Optional.of(LocalDate.of(2010, 5, 5)), find(agreeing));
    }

    @Test
    void dateFormats() {
        assertEquals(Optional.of(LocalDate.of(2012, 4, 19)), PublicationDateFinder.dateIn("• 19 Apr. 2012 -"));
        assertEquals(Optional.of(LocalDate.of(2009, 12, 4)), PublicationDateFinder.dateIn("December 4, 2009"));
        assertEquals(Optional.of(LocalDate.of(2016, 7, 27)), PublicationDateFinder.dateIn("Last Updated: 07/27/2016"));
        assertEquals(Optional.of(LocalDate.of(2016, 7, 27)), PublicationDateFinder.dateIn("27/07/2016"));
        assertEquals(Optional.of(LocalDate.of(2020, 2, 29)), PublicationDateFinder.dateIn("2020-02-29"));
        assertEquals(Optional.empty(), PublicationDateFinder.dateIn("31 Feb. 2020"));
    }
}
