package org.citequiz.questionset;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.citequiz.web.ProblemException;

/**
 * Turns an uploaded file into document text: .txt and .md are stored as their UTF-8 text, .html as its readable
 * article text ({@link ArticleText}). Anything else is refused with 415 before anything is stored.
 */
public final class UploadedDocument {

    static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "md", "markdown");
    static final Set<String> HTML_EXTENSIONS = Set.of("html", "htm");

    /** A document ready to store; {@code dateSource} says where {@code publishedOn} came from. */
    public record Extracted(String title, String publisher, LocalDate publishedOn, String dateSource, String text) {
    }

    private UploadedDocument() {
    }

    public static Extracted read(String fileName, String contentType, byte[] bytes) {
        String extension = extension(fileName);
        boolean html = HTML_EXTENSIONS.contains(extension);
        if (!html && !TEXT_EXTENSIONS.contains(extension)) {
            throw unsupported("'" + fileName + "' is not a .txt, .md or .html file. Save the document as plain text, "
                    + "Markdown or HTML and upload it again.");
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).split(";")[0].strip();
        // Browsers label .md files variously; only an explicit non-text type contradicts the extension.
        if (!type.isEmpty() && !type.startsWith("text/") && !type.equals("application/octet-stream")
                && !type.equals("application/xhtml+xml") && !type.equals("application/x-markdown")) {
            throw unsupported("'" + fileName + "' was sent as " + type + "; only text, Markdown and HTML files are accepted.");
        }
        String text = utf8(fileName, bytes);
        if (html) {
            ArticleText article = ArticleText.of(text);
            return new Extracted(article.title(), article.publisher(), article.publishedOn(),
                    article.publishedOn() == null ? null : org.citequiz.corpus.DateSource.ARTICLE, article.text());
        }
        return new Extracted(firstLine(text, extension), null, null, null, text);
    }

    /** Pasted text: the title defaults to its first line. */
    public static Extracted pasted(String title, String text) {
        String t = title == null || title.isBlank() ? firstLine(text, "txt") : title.strip();
        return new Extracted(t, null, null, null, text.replace("\r\n", "\n"));
    }

    static String utf8(String fileName, byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw unsupported("'" + fileName + "' is not UTF-8 text. Save it with UTF-8 encoding and upload it again.");
        }
    }

    static String firstLine(String text, String extension) {
        for (String line : text.split("\\R")) {
            String l = line.strip();
            if (extension.startsWith("m")) {
                l = l.replaceFirst("^#+\\s*", "");
            }
            if (!l.isEmpty()) {
                return l.length() > 120 ? l.substring(0, 119) + "…" : l;
            }
        }
        return null;
    }

    static String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static ProblemException unsupported(String detail) {
        return new ProblemException(415, "Unsupported file", detail);
    }
}
