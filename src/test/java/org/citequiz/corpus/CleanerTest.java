package org.citequiz.corpus;

import static org.citequiz.corpus.CorpusTexts.excluded;
import static org.citequiz.corpus.CorpusTexts.own;
import static org.citequiz.corpus.CorpusTexts.paragraphs;
import static org.citequiz.corpus.CorpusTexts.seed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CleanerTest {

    private final DocumentSegmenter segmenter = new DocumentSegmenter();

    @Test
    void duplicatedCaptionIn002IsMarkedTwiceAndTheStoryStartsAfterTheDateline() {
        String text = seed("002");
        Segmentation s = segmenter.segment(text);
        String caption = "Russian Foreign Minister Sergei Lavrov said existing security arrangements in Europe are out of date.";
        assertEquals(List.of(caption), excluded(text, s, Exclusion.CAPTION));
        assertEquals(List.of(caption), excluded(text, s, Exclusion.DUPLICATE));
        assertEquals(List.of("BRUSSELS --"), excluded(text, s, Exclusion.DATELINE));
        assertTrue(paragraphs(text, s).get(0).startsWith("Today's meeting of the NATO-Russia Council"));
        // The same words inside the article ("...out of date and inadequate.") stay content.
        assertTrue(paragraphs(text, s).stream().anyMatch(p -> p.contains("are out of date and inadequate")));
    }

    @Test
    void legalNoticeAtTheEndOf002IsNotArticleText() {
        String text = seed("002");
        Segmentation s = segmenter.segment(text);
        List<String> legal = excluded(text, s, Exclusion.LEGAL);
        assertEquals(3, legal.size());
        assertTrue(legal.get(0).startsWith("RFE/RL has been declared"));
        assertTrue(legal.get(1).contains("could face fines"));
        assertEquals("To find out more, click here.", legal.get(2));
        List<String> paragraphs = paragraphs(text, s);
        assertTrue(paragraphs.get(paragraphs.size() - 1).startsWith("In their separate press conferences"));
    }

    @Test
    void navigationHeadlineAndSectionHeadingsOf002() {
        String text = seed("002");
        Segmentation s = segmenter.segment(text);
        assertEquals(List.of("Accessibility links", "Breaking News"), excluded(text, s, Exclusion.NAVIGATION));
        assertEquals(List.of("NATO, Russia Paper Over Differences"), excluded(text, s, Exclusion.HEADLINE));
        assertEquals(List.of("Eyes On The SCO", "Broader Discussion"), excluded(text, s, Exclusion.HEADING));
    }

    @Test
    void archiveStampShareLineAndGluedCaptionOf000() {
        String text = seed("000");
        Segmentation s = segmenter.segment(text);
        assertEquals(List.of(". Last Updated: 07/27/2016"), excluded(text, s, Exclusion.STAMP));
        assertEquals(List.of("Get the latest updates as we post them — right on your browser"),
                excluded(text, s, Exclusion.SHARE));
        assertEquals(List.of("NATO-Russia Get Down to Work"), excluded(text, s, Exclusion.HEADLINE));
        List<String> captions = excluded(text, s, Exclusion.CAPTION);
        assertEquals(1, captions.size());
        assertTrue(captions.get(0).startsWith("APDefense Minister Sergei Ivanov reviewing honor guards"));
        assertEquals(List.of("BRUSSELS, Belgium --"), excluded(text, s, Exclusion.DATELINE));
        assertTrue(paragraphs(text, s).get(0).startsWith("NATO and Russia got down to the business"));
    }

    @Test
    void releaseHeaderAndPhotoCaptionOf003() {
        String text = seed("003");
        Segmentation s = segmenter.segment(text);
        assertEquals(List.of("• 04 Dec. 2009 -", "• Last updated: 04 Dec. 2009 16:55"),
                excluded(text, s, Exclusion.STAMP));
        assertEquals(List.of("• |"), excluded(text, s, Exclusion.NAVIGATION));
        assertEquals(1, excluded(text, s, Exclusion.CAPTION).size());
        assertTrue(excluded(text, s, Exclusion.CAPTION).get(0).startsWith("Left to right:"));
        assertEquals(List.of("Joint Review"), excluded(text, s, Exclusion.HEADING));
        // A title-case line that is not standalone headline material: lower-case headline still found.
        assertEquals(List.of("NATO and Russia agree to move partnership forward"), excluded(text, s, Exclusion.HEADLINE));
    }

    @Test
    void cookieBannerMenuCreditCaptionDatelineNewsletterAndCopyrightOnANewsWireStory() {
        String text = own("river-flood.txt");
        Segmentation s = segmenter.segment(text);
        List<String> share = excluded(text, s, Exclusion.SHARE);
        assertEquals(3, share.size());
        assertTrue(share.get(0).startsWith("We use cookies"));
        assertEquals("Share this article", share.get(1));
        assertTrue(share.get(2).startsWith("Sign up for our daily newsletter"));
        assertEquals(List.of("Skip to main content", "Home", "World", "U.S.", "Weather"),
                excluded(text, s, Exclusion.NAVIGATION));
        assertEquals(List.of("Springfield Opens Emergency Shelters as River Crests"), excluded(text, s, Exclusion.HEADLINE));
        assertEquals(List.of("Updated 10:42 a.m. EST, March 9, 2023"), excluded(text, s, Exclusion.STAMP));
        assertEquals(List.of("Volunteers stack sandbags along Front Street on Wednesday. (AP Photo/Maria Lopez)"),
                excluded(text, s, Exclusion.CAPTION));
        assertEquals(List.of("SPRINGFIELD, Ill. (AP) —"), excluded(text, s, Exclusion.DATELINE));
        assertEquals(1, excluded(text, s, Exclusion.LEGAL).size());
        assertTrue(excluded(text, s, Exclusion.LEGAL).get(0).startsWith("© 2023"));
        assertEquals(4, s.paragraphs().size());
        assertTrue(paragraphs(text, s).get(0).startsWith("The Sangamon River crested"));
    }

    @Test
    void duplicatedCaptionPhotoCreditHeadingsAndFooterOnAFeatureStory() {
        String text = own("museum-opening.txt");
        Segmentation s = segmenter.segment(text);
        String caption = "Visitors look at the restored whale skeleton in the main hall.";
        assertEquals(List.of(caption, "Photo: Tom Baker/City Herald"), excluded(text, s, Exclusion.CAPTION));
        assertEquals(List.of(caption), excluded(text, s, Exclusion.DUPLICATE));
        assertEquals(List.of("A Hall for the Oceans", "Tickets"), excluded(text, s, Exclusion.HEADING));
        assertEquals(List.of("Follow us on social media for updates."), excluded(text, s, Exclusion.SHARE));
        assertEquals(List.of("Copyright 2022 City Herald Media. Terms of Use | Privacy Policy"),
                excluded(text, s, Exclusion.LEGAL));
        assertEquals(List.of("Published: Jan. 14, 2022"), excluded(text, s, Exclusion.STAMP));
    }

    @Test
    void articleSentencesThatMentionCookiesUpdatesOrSubscribersStayContent() {
        String text = """
                Bakers Count the Cost

                The bakery sold 300 cookies on Saturday, the owner said.

                Officials updated the forecast on 3 May 2020 after the storm.

                About 2,000 people subscribe to the service, which costs $4 a month.

                NATO -- the alliance of 30 countries -- met on Friday.

                Short Line Here
                and its continuation, wrapped by an editor at a fixed width.
                """;
        Segmentation s = segmenter.segment(text);
        assertEquals(List.of("Bakers Count the Cost"), excluded(text, s, Exclusion.HEADLINE));
        assertEquals(1, s.excluded().size());
        List<String> paragraphs = paragraphs(text, s);
        assertEquals(5, paragraphs.size());
        assertTrue(paragraphs.get(3).startsWith("NATO -- the alliance"));
        assertEquals("Short Line Here\nand its continuation, wrapped by an editor at a fixed width.", paragraphs.get(4));
    }

    @Test
    void lineShapes() {
        assertEquals(Exclusion.NAVIGATION, Cleaner.byPhrase("Home | World | Europe | Politics"));
        assertEquals(Exclusion.NAVIGATION, Cleaner.byPhrase("• |"));
        assertEquals(Exclusion.STAMP, Cleaner.byPhrase("Tuesday, 4 March 2014"));
        assertEquals(Exclusion.STAMP, Cleaner.byPhrase("Posted on 2014-03-04 at 10:15"));
        assertEquals(Exclusion.STAMP, Cleaner.byPhrase("Updated 3 hours ago"));
        assertEquals(null, Cleaner.byPhrase("Updated figures show 3,000 homes were flooded."));
        assertEquals(null, Cleaner.byPhrase("Date palms grow up to 20 metres tall."));
        assertEquals(Exclusion.CAPTION, Cleaner.byPhrase("(Photo by Ann Lee / Getty Images)"));
        assertEquals(null, Cleaner.byPhrase("The photo by the river won the prize in 2014."));
        assertTrue(Cleaner.isHeading("Eyes on the Prize"));
        assertTrue(!Cleaner.isHeading("Eyes on the prize"));
        assertTrue(!Cleaner.isHeading("What Comes Next."));
    }
}
