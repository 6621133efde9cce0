package org.citequiz.questionset.interop;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import org.citequiz.account.CurrentInstructor;
import org.citequiz.account.InstructorIdentityProvider;
import org.citequiz.corpus.DocumentsConfig;
import org.citequiz.questionset.QuestionSet;
import org.citequiz.questionset.SetAccess;
import org.citequiz.web.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** Moving a set's questions in and out (GIFT, Aiken, Moodle XML, CSV) and its scores out, for instructors. */
@Path("/api/sets")
@RolesAllowed(InstructorIdentityProvider.ROLE)
@Tag(name = "Import and export")
public class InteropResource {

    @Inject
    SetAccess access;

    @Inject
    CurrentInstructor instructor;

    @Inject
    QuestionImporter importer;

    @Inject
    QuestionExporter exporter;

    @Inject
    ScoresExport scores;

    @Inject
    DocumentsConfig documents;

    @POST
    @Path("{id}/import")
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import questions from a GIFT or Aiken file sent as the text body",
            description = "Readable questions Citequiz can play are stored (origin IMPORTED, status APPROVED); the"
                    + " others are reported by line. All of it happens in one transaction.")
    @RequestBody(content = @Content(mediaType = MediaType.TEXT_PLAIN, examples = {
            @ExampleObject(name = "gift", value = "::Capital:: What is the capital of France? {=Paris ~Lyon ~Nice}\n\n"
                    + "The treaty was signed in {#1997}.\n\nTwo plus two equals {=four =4}.\n"),
            @ExampleObject(name = "aiken", value = "What is the capital of France?\nA. Paris\nB. Lyon\nANSWER: A\n")}))
    @APIResponse(responseCode = "200", description = "What was imported, skipped and unreadable",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "report",
                    value = "{\"imported\":2,\"skipped\":[{\"line\":7,\"reason\":\"Essay question: answers need a"
                            + " person to mark them.\"}],\"errors\":[{\"line\":9,\"message\":\"The answer block"
                            + " opened with '{' is never closed.\"}]}")))
    @APIResponse(responseCode = "400", description = "Unknown format or empty file")
    @APIResponse(responseCode = "413", description = "File larger than quiz.documents.max-bytes")
    public ImportReport importQuestions(@RestPath long id,
            @Parameter(in = ParameterIn.QUERY, description = "gift or aiken", required = true) @RestQuery String format,
            String body) {
        access.requireManageable(id);
        ImportFormat parsedFormat = ImportFormat.of(format);
        String text = body == null ? "" : body;
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > documents.maxBytes()) {
            throw ProblemException.tooLarge("The file is " + bytes + " bytes; the limit is " + documents.maxBytes()
                    + " bytes.");
        }
        if (text.isBlank()) {
            throw ProblemException.badRequest("The file is empty.");
        }
        return importer.importInto(id, parsedFormat, text);
    }

    @GET
    @Path("{id}/export")
    @Operation(summary = "Export the set's questions as GIFT, Moodle XML or CSV",
            description = "GIFT and Moodle XML hold the questions that are not rejected or retired, with each"
                    + " question's cited passage and document in its general feedback; CSV lists every question.")
    @APIResponse(responseCode = "200", description = "The file, as an attachment", content = {
            @Content(mediaType = "text/plain", examples = @ExampleObject(name = "gift",
                    value = "[plain]What is the capital of France? {=Paris ~Lyon ~Nice####Source\\: Atlas — Geo"
                            + " Press, 2024-01-05\\n“Paris is the capital of France.”}")),
            @Content(mediaType = "application/xml"), @Content(mediaType = "text/csv")})
    public Response export(@RestPath long id,
            @Parameter(in = ParameterIn.QUERY, description = "gift, moodlexml or csv", required = true) @RestQuery String format) {
        QuestionSet set = access.requireManageable(id);
        ExportFormat exportFormat = ExportFormat.of(format);
        return attachment(exporter.export(set, exportFormat), exportFormat.mediaType, set.slug + exportFormat.fileSuffix);
    }

    @GET
    @Path("{id}/scores.csv")
    @Produces("text/csv")
    @Operation(summary = "Scores on this set for a gradebook: one row per learner and answered question",
            description = "Answers given in a class are included only for the instructor who runs that class.")
    public Response scores(@RestPath long id) {
        QuestionSet set = access.requireManageable(id);
        return attachment(scores.forSet(id, instructor.id()), "text/csv; charset=UTF-8", set.slug + "-scores.csv");
    }

    static Response attachment(String body, String mediaType, String fileName) {
        return Response.ok(body, mediaType)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"").build();
    }
}
