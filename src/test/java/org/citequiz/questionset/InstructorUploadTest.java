package org.citequiz.questionset;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.citequiz.web.ProblemException;
import org.junit.jupiter.api.Test;

/** Reading uploaded files into document text (plain JUnit). */
class InstructorUploadTest {

    @Test
    void htmlKeepsTheArticleParagraphsAndDropsThePageAroundIt() {
        String html = """
                <html><head><title>Harbour news | Site</title>
                <meta property="og:site_name" content="Harbour Weekly">
                <meta property="article:published_time" content="2023-05-04T09:00:00Z"></head>
                <body><header><nav><a>Home</a><a>Sport</a></nav></header>
                <main><article><h1>New ferry enters service</h1>
                <p>The ferry carries <b>400</b>
                   passengers.</p><ul><li>Built in 2021</li></ul>
                <aside>Read more</aside><script>var x = 1;</script><style>p {}</style>
                <p>It replaces a vessel from 1987.</p></article></main>
                <footer>Contact us</footer></body></html>""";
        ArticleText article = ArticleText.of(html);
        assertEquals("New ferry enters service", article.title());
        assertEquals("Harbour Weekly", article.publisher());
        assertEquals(LocalDate.of(2023, 5, 4), article.publishedOn());
        assertEquals("New ferry enters service\n\nThe ferry carries 400 passengers.\n\nBuilt in 2021\n\n"
                + "It replaces a vessel from 1987.", article.text());
    }

    @Test
    void withoutArticleOrMainTheBodyIsUsed() {
        ArticleText article = ArticleText.of("<html><head><title>Plain page</title></head><body><nav>Menu</nav>"
                + "<p>First.</p><p>Second.</p></body></html>");
        assertEquals("Plain page", article.title());
        assertEquals("First.\n\nSecond.", article.text());
    }

    @Test
    void textAndMarkdownAreStoredAsTheirTextWithATitleFromTheFirstLine() {
        UploadedDocument.Extracted md = UploadedDocument.read("notes.md", "text/markdown",
                "\uFEFF## Field notes\n\nText.".getBytes(StandardCharsets.UTF_8));
        assertEquals("Field notes", md.title());
        assertEquals("## Field notes\n\nText.", md.text());
        assertEquals("Line one", UploadedDocument.read("a.TXT", null, "\n Line one\nTwo".getBytes(StandardCharsets.UTF_8)).title());
    }

    @Test
    void otherTypesAndInvalidUtf8AreRefusedWith415() {
        assertEquals(415, assertThrows(ProblemException.class,
                () -> UploadedDocument.read("a.docx", null, new byte[] { 1 })).status());
        assertEquals(415, assertThrows(ProblemException.class,
                () -> UploadedDocument.read("a.txt", "application/pdf", new byte[] { 'a' })).status());
        ProblemException e = assertThrows(ProblemException.class,
                () -> UploadedDocument.read("a.txt", "text/plain", new byte[] { 'a', (byte) 0xE9, 'b' }));
        assertEquals(415, e.status());
        assertTrue(e.detail().contains("UTF-8"));
    }
}
