package org.citequiz.questionset.interop;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns the rich-text formats of exchange files into the plain text Citequiz stores and shows (always escaped),
 * so that markup is never rendered from an imported file.
 */
final class MarkupText {

    private static final Pattern MD_LINK = Pattern.compile("\\[([^\\]]+)]\\(([^)\\s]+)\\)");
    private static final Pattern MD_STRONG = Pattern.compile("(\\*\\*|__)(\\S(?:.*?\\S)?)\\1");
    private static final Pattern MD_EMPHASIS = Pattern.compile("(?<![*\\w])\\*(\\S(?:[^*]*?\\S)?)\\*(?![*\\w])");
    private static final Pattern MD_CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern MD_HEADING = Pattern.compile("(?m)^#{1,6}\\s+");

    private MarkupText() {
    }

    /** The readable text of an HTML fragment: line breaks kept, links followed by their address. */
    static String fromHtml(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        StringBuilder out = new StringBuilder();
        appendText(body, out);
        return out.toString().replaceAll("[ \\t]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }

    private static void appendText(Node node, StringBuilder out) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode text) {
                out.append(text.text());
            } else if (child instanceof Element element) {
                String tag = element.normalName();
                if (tag.equals("br")) {
                    out.append('\n');
                    continue;
                }
                boolean block = element.isBlock() && !tag.equals("span");
                if (block && !out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
                    out.append('\n');
                }
                appendText(element, out);
                String href = tag.equals("a") ? element.attr("href").strip() : "";
                if (!href.isEmpty() && !href.equals(element.text().strip())) {
                    out.append(" (").append(href).append(')');
                }
                if (block) {
                    out.append('\n');
                }
            }
        }
    }

    /** Markdown's inline markers removed; underscores are left alone because blanks are written with them. */
    static String fromMarkdown(String markdown) {
        String text = MD_LINK.matcher(markdown).replaceAll("$1 ($2)");
        text = MD_STRONG.matcher(text).replaceAll("$2");
        text = MD_EMPHASIS.matcher(text).replaceAll("$1");
        text = MD_CODE.matcher(text).replaceAll("$1");
        return MD_HEADING.matcher(text).replaceAll("").strip();
    }
}
