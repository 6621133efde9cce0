package org.citequiz.corpus;

import static org.citequiz.corpus.CorpusTexts.own;
import static org.citequiz.corpus.CorpusTexts.seed;
import static org.citequiz.corpus.CorpusTexts.sentences;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final DocumentSegmenter segmenter = new DocumentSegmenter();

    private List<String> split(String paragraph) {
        return splitter.split(paragraph, new Span(0, paragraph.length())).stream().map(s -> s.of(paragraph)).toList();
    }

    @Test
    void abbreviationsInTheSeedsDoNotEndSentences() {
        String text = seed("000");
        List<String> sentences = sentences(text, segmenter.segment(text));
        assertTrue(sentences.contains(
                "He aligned his country squarely behind the U.S.-led war on terrorism after the Sept. 11 attacks."));
        assertTrue(sentences.contains("A decision to set up the new council was made at a meeting of NATO foreign "
                + "ministers in Reykjavik, Iceland, last month and it was sealed by Putin, U.S. President George W. Bush "
                + "and the leaders of the 18 other NATO members in Rome two weeks later."));
        assertTrue(sentences.contains("\"We've ... taken account of the realities since Sept. 11,\" Ivanov said at a news conference."));
        String voa = seed("004");
        List<String> voaSentences = sentences(voa, segmenter.segment(voa));
        assertTrue(voaSentences.contains("Mr. Putin says he supports Mr. Robertson's proposal to strengthen the NATO-Russia relationship."));
        for (String s : voaSentences) {
            assertFalse(s.endsWith("Mr."), s);
        }
    }

    @Test
    void quotationWithoutItsOpeningMarkIn001StaysOneSentenceWithItsAttribution() {
        String text = seed("001");
        List<String> sentences = sentences(text, segmenter.segment(text));
        assertTrue(sentences.contains("Ten years ago we created the NATO-Russia Council to give that cooperation a "
                + "stronger framework and a stronger future,”\u00a0 said the Secretary General."));
        assertTrue(sentences.contains("I look forward to more cooperation. More security. And more trust. Because those "
                + "are vital pillars of the strategic relationship we agreed to develop”, the Secretary General said."));
        assertTrue(sentences.contains("While dialogue is not always easy, we continue exploring the options,” said Mr. Fogh Rasmussen."));
        assertTrue(sentences.contains("“Cooperation between NATO and Russia makes sense and it really works. It delivers more "
                + "security for NATO and more security for Russia. And by increasing our security, it also builds up trust.”"));
    }

    @Test
    void noSentenceOfAnySeedStartsWithAClosingQuote() {
        for (String number : List.of("000", "001", "002", "003", "004")) {
            String text = seed(number);
            for (String s : sentences(text, segmenter.segment(text))) {
                assertFalse(s.startsWith("”") || s.startsWith("\" ") || s.startsWith("’"), number + ": " + s);
            }
        }
    }

    @Test
    void mixedStraightAndCurlyQuotesIn002() {
        String text = seed("002");
        List<String> sentences = sentences(text, segmenter.segment(text));
        assertTrue(sentences.contains("\"We have agreed to launch a joint review of the 21st century common threats and "
                + "challenges,” Rasmussen said."));
        assertTrue(sentences.contains("“The aim is to agree on the real threats all 29 nations face today, a list which I am "
                + "confident will not include each other.\""));
    }

    @Test
    void timesOfDayInitialsAndTitles() {
        assertEquals(List.of("The river crested at 7:15 a.m. on Thursday and fell after 6 p.m. Friday.",
                "Crews left at 9 p.m.", "The shelters stayed open."),
                split("The river crested at 7:15 a.m. on Thursday and fell after 6 p.m. Friday. "
                        + "Crews left at 9 p.m. The shelters stayed open."));
        assertEquals(List.of("Mayor J.R. Simmons met Dr. Alice N. Okafor and Prof. Hannah K. Lee at St. Mary's."),
                split("Mayor J.R. Simmons met Dr. Alice N. Okafor and Prof. Hannah K. Lee at St. Mary's."));
        assertEquals(List.of("The whale stranded on Jan. 5, 1984, and was moved to Room No. 4 on 19 Apr. 2012.",
                "It stayed there."),
                split("The whale stranded on Jan. 5, 1984, and was moved to Room No. 4 on 19 Apr. 2012. It stayed there."));
    }

    @Test
    void dottedAbbreviationAtTheEndOfASentenceStillEndsIt() {
        assertEquals(List.of("The talks were held in the U.S.", "The next round is in May."),
                split("The talks were held in the U.S. The next round is in May."));
        assertEquals(List.of("The U.S. Army Corps of Engineers sent two teams."),
                split("The U.S. Army Corps of Engineers sent two teams."));
    }

    @Test
    void multiSentenceQuotationsStayWholeWithTheirAttribution() {
        String text = own("river-flood.txt");
        List<String> sentences = sentences(text, segmenter.segment(text));
        assertTrue(sentences.contains("\"We filled forty thousand sandbags. We knocked on every door in the lowest streets. "
                + "And we are not finished,\" Simmons said at a briefing at 2 p.m. on Thursday."));
        assertTrue(sentences.contains("\"Do not drink from the tap until we say so. Wells near the river are the biggest worry. "
                + "We will test them one by one.\""));
        assertTrue(sentences.contains("Dr. Alice N. Okafor, who runs the county health department, urged residents to boil tap water."));
        assertTrue(sentences.contains("The National Weather Service said the river would fall slowly after 6 p.m. Friday."));
    }

    @Test
    void quotationMissingItsOpeningMarkInOurOwnText() {
        String text = own("museum-opening.txt");
        List<String> sentences = sentences(text, segmenter.segment(text));
        assertTrue(sentences.contains("It is the best thing we have done in a generation,\" said museum director Prof. Hannah K. Lee."));
        assertTrue(sentences.contains("\"Children can touch the exhibits again.\""));
        assertTrue(sentences.contains("\"We counted every vertebra. Two were missing. A museum in the U.K. lent us casts,\" "
                + "said curator Sam O'Neil."));
        assertTrue(sentences.contains("The city's science museum reopened on Friday after a renovation that began in Sept. 2019 "
                + "and cost $48 million, twice the first estimate."));
    }

    @Test
    void quotationThatNeverClosesDoesNotSwallowTheParagraph() {
        // News style: a quotation running into the next paragraph has no closing mark here.
        assertEquals(List.of("\"We will rebuild.", "We will do it together.", "And we start today."),
                split("\"We will rebuild. We will do it together. And we start today."));
    }

    @Test
    void closingQuoteIsKeptWithTheSentenceItEnds() {
        List<String> sentences = split("He said: “It works.” Then he left.");
        assertEquals(List.of("He said: “It works.”", "Then he left."), sentences);
    }
}
