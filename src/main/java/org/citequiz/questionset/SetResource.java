package org.citequiz.questionset;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.citequiz.account.CurrentInstructor;
import org.citequiz.account.InstructorIdentityProvider;
import org.citequiz.corpus.DateSource;
import org.citequiz.corpus.DocumentsConfig;
import org.citequiz.corpus.NewDocument;
import org.citequiz.web.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/sets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Question sets")
public class SetResource {

    @Inject
    QuestionSetService sets;

    @Inject
    SetAccess access;

    @Inject
    CurrentInstructor instructor;

    @Inject
    DocumentsConfig documentsConfig;

    @GET
    @Operation(summary = "Published question sets")
    public List<SetViews.SetSummary> list() {
        return QuestionSet.listPlayable().stream().map(SetViews.SetSummary::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A question set with its current documents")
    public SetViews.SetDetail get(@RestPath long id) {
        QuestionSet set = sets.require(id);
        if ((!set.published || set.archived) && !(instructor.signedIn() && access.canManage(set))) {
            throw ProblemException.notFound("Question set " + id);
        }
        return SetViews.SetDetail.of(set);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(InstructorIdentityProvider.ROLE)
    @Operation(summary = "Create a question set owned by the signed-in instructor")
    public RestResponse<SetViews.SetDetail> create(@Valid @NotNull SetRequests.NewSet request) {
        QuestionSet set = sets.create(request.title(), request.description(), instructor.id(), null);
        return RestResponse.ResponseBuilder.<SetViews.SetDetail>created(URI.create("/api/sets/" + set.id)).entity(SetViews.SetDetail.of(set)).build();
    }

    @POST
    @Path("{id}/documents")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(InstructorIdentityProvider.ROLE)
    @Operation(summary = "Add a document: it is cleaned, cut into passages and its questions generated before this returns")
    public RestResponse<SetViews.DocumentCreated> addDocument(@RestPath long id,
            @Valid @NotNull SetRequests.NewDocumentRequest request) {
        access.requireManageable(id);
        int bytes = request.text().getBytes(StandardCharsets.UTF_8).length;
        if (bytes > documentsConfig.maxBytes()) {
            throw ProblemException.tooLarge("The document is " + bytes + " bytes; the limit is "
                    + documentsConfig.maxBytes() + " bytes.");
        }
        String key = "upload-" + java.util.UUID.randomUUID();
        NewDocument doc = new NewDocument(key, request.title().strip(), blankToNull(request.publisher()),
                request.publishedOn(), request.publishedOn() != null ? DateSource.UPLOAD : DateSource.UNKNOWN,
                request.text());
        QuestionSetService.DocumentAdded added = sets.addDocument(id, doc);
        return RestResponse.ResponseBuilder.<SetViews.DocumentCreated>created(URI.create("/api/documents/" + added.document().id))
                .entity(new SetViews.DocumentCreated(added.document().id, added.document().title, added.questionCount()))
                .build();
    }

    @GET
    @Path("{id}/questions")
    @RolesAllowed(InstructorIdentityProvider.ROLE)
    @Operation(summary = "Every question of a set with its answer key and sources (instructors)")
    public List<SetViews.QuestionView> questions(@RestPath long id) {
        access.requireManageable(id);
        List<Question> questions = Question.ofSet(id);
        SourceViews sources = SourceViews.forQuestions(questions);
        return questions.stream().map(sources::view).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
