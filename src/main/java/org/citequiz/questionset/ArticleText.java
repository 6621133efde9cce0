package org.citequiz.questionset;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The readable article of an HTML page: the text of {@code <article>} (or {@code <main>}, or the body) without
 * navigation, headers, footers, asides, scripts and styles, one block per paragraph separated by blank lines.
 */
public record ArticleText(String title, String publisher, LocalDate publishedOn, String text) {

    static final String DROPPED = "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, "
            + "button, [hidden], [aria-hidden=true]";
    static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, dt, dd, td, th";

    public static ArticleText of(String html) {
        Document page = Jsoup.parse(html);
        String title = page.title().isBlank() ? null : page.title().strip();
        String publisher = meta(page, "meta[property=og:site_name]");
        LocalDate published = date(meta(page, "meta[property=article:published_time]"));
        if (published == null) {
            Element time = page.selectFirst("article time[datetime], main time[datetime]");
            published = time == null ? null : date(time.attr("datetime"));
        }
        page.select(DROPPED).remove();
        Element root = page.selectFirst("article");
        if (root == null) {
            root = page.selectFirst("main");
        }
        if (root == null) {
            root = page.body();
        }
        Element h1 = root.selectFirst("h1");
        if (h1 == null) {
            h1 = page.selectFirst("h1");
        }
        if (h1 != null && !h1.text().isBlank()) {
            // The headline names the article; the <title> often carries the site name as well.
            title = h1.text().strip();
        }
        List<String> paragraphs = new ArrayList<>();
        for (Element block : root.select(BLOCKS)) {
            if (hasBlockAncestor(block, root)) {
                continue;
            }
            String text = block.text().strip();
            if (!text.isEmpty()) {
                paragraphs.add(text);
            }
        }
        String text = paragraphs.isEmpty() ? root.text().strip() : String.join("\n\n", paragraphs);
        return new ArticleText(title, publisher, published, text);
    }

    private static boolean hasBlockAncestor(Element block, Element root) {
        for (Element parent = block.parent(); parent != null && parent != root; parent = parent.parent()) {
            if (parent.is(BLOCKS)) {
                return true;
            }
        }
        return false;
    }

    private static String meta(Document page, String selector) {
        Element meta = page.selectFirst(selector);
        return meta == null || meta.attr("content").isBlank() ? null : meta.attr("content").strip();
    }

    private static LocalDate date(String value) {
        if (value == null || value.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
