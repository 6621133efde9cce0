package org.citequiz.corpus;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citequiz.web.ProblemException;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** The reading page of a document version: {@code /documents/{id}#p-{passageId}} or {@code ?highlight=start-end}. */
@Path("/documents")
@Produces(MediaType.TEXT_HTML)
public class DocumentPages {

    private static final Pattern RANGE = Pattern.compile("(\\d{1,9})-(\\d{1,9})");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance document(DocumentPage page);
    }

    @Inject
    DocumentCatalog catalog;

    @GET
    @Path("{id}")
    public TemplateInstance document(@RestPath long id, @RestQuery String highlight) {
        DocumentCatalog.StoredDocument stored = catalog.require(id);
        return Templates.document(DocumentPage.of(stored, highlight(highlight, stored.document().text.length())));
    }

    /** Link to a stretch of a document version, highlighted and scrolled to (no JavaScript needed). */
    public static String link(long documentId, int start, int end) {
        return "/documents/" + documentId + "?highlight=" + start + "-" + end + "#highlight";
    }

    static Span highlight(String value, int textLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Matcher m = RANGE.matcher(value.strip());
        if (!m.matches()) {
            throw ProblemException.badRequest("highlight must be start-end, e.g. highlight=120-240.");
        }
        int start = Integer.parseInt(m.group(1));
        int end = Integer.parseInt(m.group(2));
        if (start >= end || end > textLength) {
            throw ProblemException.badRequest("highlight " + value.strip() + " is not a range inside this document (0-"
                    + textLength + ").");
        }
        return new Span(start, end);
    }
}
