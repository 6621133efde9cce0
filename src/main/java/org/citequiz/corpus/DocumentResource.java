package org.citequiz.corpus;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

@Path("/api/documents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Documents")
public class DocumentResource {

    @Inject
    DocumentCatalog catalog;

    @GET
    @Path("{id}")
    @Operation(summary = "A document version: its stored text, paragraphs and sentences, and excluded regions, "
            + "as offsets into the text")
    public DocumentViews.DocumentDetail get(@RestPath long id) {
        return DocumentViews.DocumentDetail.of(catalog.require(id));
    }
}
