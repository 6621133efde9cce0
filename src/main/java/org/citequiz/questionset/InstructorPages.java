package org.citequiz.questionset;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.citequiz.account.CurrentInstructor;
import org.citequiz.account.InstructorIdentityProvider;
import org.citequiz.corpus.Document;
import org.citequiz.corpus.DocumentsConfig;
import org.citequiz.web.ProblemException;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The instructor's pages for question sets and their documents. Every form posts, then redirects (PRG). */
@Path("/instructor")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(InstructorIdentityProvider.ROLE)
public class InstructorPages {

    @Inject
    CurrentInstructor instructor;

    @Inject
    SetAccess access;

    @Inject
    SetEditor editor;

    @Inject
    DocumentsConfig documentsConfig;

    public record StatusCounts(long pending, long approved, long autoApproved, long rejected, long retired) {
        static StatusCounts of(long setId) {
            java.util.Map<QuestionStatus, Long> counts = new java.util.EnumMap<>(QuestionStatus.class);
            for (Object[] row : Question.getEntityManager().createQuery(
                    "select q.status, count(q) from Question q where q.setId = ?1 group by q.status", Object[].class)
                    .setParameter(1, setId).getResultList()) {
                counts.put((QuestionStatus) row[0], (Long) row[1]);
            }
            return new StatusCounts(counts.getOrDefault(QuestionStatus.PENDING, 0L),
                    counts.getOrDefault(QuestionStatus.APPROVED, 0L), counts.getOrDefault(QuestionStatus.AUTO_APPROVED, 0L),
                    counts.getOrDefault(QuestionStatus.REJECTED, 0L), counts.getOrDefault(QuestionStatus.RETIRED, 0L));
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(String username, List<SetEditor.ManagedSet> sets);

        static native TemplateInstance set(QuestionSet set, boolean owner, List<SetEditor.DocumentRow> documents,
                List<String> sharedWith, StatusCounts counts, long maxKilobytes, String notice, String error);

        static native TemplateInstance document(QuestionSet set, Document document);
    }

    public record NewSetForm(@RestForm String title, @RestForm String description) {
    }

    public record SettingsForm(@RestForm String title, @RestForm String description, @RestForm String autoApprove,
            @RestForm String autoApproveThreshold) {
    }

    public record DocumentForm(@RestForm FileUpload file, @RestForm String title, @RestForm String text,
            @RestForm String publisher, @RestForm String publishedOn) {
    }

    public record DocumentMetadataForm(@RestForm String title, @RestForm String publisher,
            @RestForm String publishedOn) {
    }

    @GET
    public TemplateInstance dashboard() {
        return Templates.dashboard(instructor.username(), editor.manageable(instructor.id()));
    }

    @POST
    @Path("sets")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<Void> create(@BeanParam NewSetForm form) {
        QuestionSet set = editor.create(form.title(), form.description(), instructor.id());
        return seeOther("/instructor/sets/" + set.id);
    }

    @GET
    @Path("sets/{id}")
    public TemplateInstance set(@RestPath long id, @QueryParam("notice") String notice) {
        return setPage(id, notice, null);
    }

    private TemplateInstance setPage(long id, String notice, String error) {
        QuestionSet set = manageable(id);
        boolean owner = set.ownerId != null && set.ownerId == instructor.id();
        return Templates.set(set, owner, editor.documents(id), editor.sharedWith(id), StatusCounts.of(id),
                documentsConfig.maxBytes() / 1024, notice, error);
    }

    /** A form on the set page that was refused: the same page again, with the reason above the forms. */
    private RestResponse<?> refused(long id, ProblemException e) {
        if (e.status() == 401 || e.status() == 403 || e.status() == 404 && e.detail().startsWith("Question set")) {
            throw e;
        }
        return RestResponse.status(RestResponse.Status.fromStatusCode(e.status()), setPage(id, null, e.detail()));
    }

    @POST
    @Path("sets/{id}/settings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<?> settings(@RestPath long id, @BeanParam SettingsForm form) {
        access.requireManageable(id);
        try {
            Double threshold = parseDouble(form.autoApproveThreshold(), "The auto-approve threshold");
            editor.update(id, new SetEditor.SetChanges(form.title(), form.description() == null ? "" : form.description(),
                    null, form.autoApprove() != null, threshold));
        } catch (ProblemException e) {
            return refused(id, e);
        }
        return seeOther("/instructor/sets/" + id + "?notice=saved");
    }

    @POST
    @Path("sets/{id}/publication")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<Void> publication(@RestPath long id, @RestForm String published) {
        access.requireManageable(id);
        boolean publish = "true".equals(published);
        editor.update(id, new SetEditor.SetChanges(null, null, publish, null, null));
        return seeOther("/instructor/sets/" + id + "?notice=" + (publish ? "published" : "unpublished"));
    }

    @POST
    @Path("sets/{id}/archive")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<Void> archive(@RestPath long id) {
        access.requireManageable(id);
        editor.archive(id);
        return seeOther("/instructor");
    }

    @POST
    @Path("sets/{id}/shares")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<?> share(@RestPath long id, @RestForm String username) {
        access.requireOwned(id);
        try {
            editor.share(id, username, instructor.id());
        } catch (ProblemException e) {
            return refused(id, e);
        }
        return seeOther("/instructor/sets/" + id + "?notice=shared");
    }

    @POST
    @Path("sets/{id}/documents")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public RestResponse<Void> addDocument(@RestPath long id, @BeanParam DocumentForm form) {
        access.requireManageable(id);
        UploadedDocument.Extracted extracted;
        FileUpload file = form.file();
        if (file != null && file.fileName() != null && !file.fileName().isBlank()) {
            if (file.size() > documentsConfig.maxBytes()) {
                throw ProblemException.tooLarge("'" + file.fileName() + "' is " + file.size() / 1024 + " KB; the limit is "
                        + documentsConfig.maxBytes() / 1024 + " KB per document.");
            }
            extracted = UploadedDocument.read(file.fileName(), file.contentType(), read(file));
        } else if (form.text() != null && !form.text().isBlank()) {
            extracted = UploadedDocument.pasted(form.title(), form.text());
        } else {
            throw ProblemException.badRequest("Choose a file to upload or paste the document's text.");
        }
        LocalDate date = parseDate(form.publishedOn());
        // What the instructor typed wins over what the file says about itself.
        extracted = new UploadedDocument.Extracted(
                form.title() != null && !form.title().isBlank() ? form.title().strip() : extracted.title(),
                form.publisher() != null && !form.publisher().isBlank() ? form.publisher() : extracted.publisher(),
                date != null ? date : extracted.publishedOn(),
                date != null ? SetEditor.DATE_FROM_EDITOR : extracted.dateSource(), extracted.text());
        QuestionSetService.DocumentAdded added = editor.addDocument(id, extracted);
        return seeOther("/instructor/sets/" + id + "?notice=added-" + added.questionCount() + "#document-"
                + added.document().id);
    }

    @GET
    @Path("documents/{id}")
    public TemplateInstance document(@RestPath long id) {
        Document d = editor.requireDocument(id);
        return Templates.document(manageable(d.setId), d);
    }

    @POST
    @Path("documents/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<Void> updateDocument(@RestPath long id, @BeanParam DocumentMetadataForm form) {
        Document d = editor.requireDocument(id);
        access.requireManageable(d.setId);
        editor.updateDocument(id, new SetEditor.DocumentChanges(form.title(), form.publisher(),
                parseDate(form.publishedOn())));
        return seeOther("/instructor/sets/" + d.setId + "?notice=document-saved");
    }

    private QuestionSet manageable(long setId) {
        QuestionSet set = access.requireManageable(setId);
        if (set.archived) {
            throw ProblemException.notFound("Question set " + setId);
        }
        return set;
    }

    private static byte[] read(FileUpload file) {
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LocalDate parseDate(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("The publication date must look like 2024-03-31.");
        }
    }

    static Double parseDouble(String value, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(what + " must be a number.");
        }
    }

    static RestResponse<Void> seeOther(String location) {
        return RestResponse.seeOther(URI.create(location));
    }
}
