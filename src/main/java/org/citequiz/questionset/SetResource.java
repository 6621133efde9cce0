package org.citequiz.questionset;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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

    @Inject
    SetEditor editor;

    @Inject
    QuestionEditor questions;

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
    @RequestBody(content = @Content(examples = @ExampleObject(name = "set",
            value = "{\"title\": \"Volcanoes of Iceland\", \"description\": \"From our field-trip readings\"}")))
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

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(InstructorIdentityProvider.ROLE)
    @Operation(summary = "Replace a set's settings (owner or shared-with instructors)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "settings", value = SET_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The changed set")
    @APIResponse(responseCode = "403", description = "You do not manage this set")
    public SetViews.SetDetail replace(@RestPath long id, @NotNull SetEditor.SetChanges changes) {
        access.requireManageable(id);
        if (changes.title() == null || changes.published() == null || changes.autoApprove() == null
                || changes.autoApproveThreshold() == null) {
            throw ProblemException.badRequest("PUT needs title, published, autoApprove and autoApproveThreshold; "
                    + "use PATCH to change only some.");
        }
        SetEditor.SetChanges full = new SetEditor.SetChanges(changes.title(),
                changes.description() == null ? "" : changes.description(), changes.published(), changes.autoApprove(),
                changes.autoApproveThreshold());
        return SetViews.SetDetail.of(editor.update(id, full));
    }

    @PATCH
    @Path("{id}")
    @Consumes({ MediaType.APPLICATION_JSON, "application/merge-patch+json" })
    @RolesAllowed(InstructorIdentityProvider.ROLE)
    @Operation(summary = "Change some of a set's settings: title, description, published, autoApprove, autoApproveThreshold")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "publish", value = "{\"published\": true}")))
    public SetViews.SetDetail patch(@RestPath long id, @NotNull SetEditor.SetChanges changes) {
        access.requireManageable(id);
        return SetViews.SetDetail.of(editor.update(id, changes));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(InstructorIdentityProvider.ROLE)
    @Operation(summary = "Delete a set by archiving it: hidden from learners and lists; past scores stay readable")
    @APIResponse(responseCode = "204", description = "Archived")
    public RestResponse<Void> archive(@RestPath long id) {
        access.requireManageable(id);
        editor.archive(id);
        return RestResponse.noContent();
    }

    public record ShareRequest(String username) {
    }

    public record ShareView(long setId, List<String> sharedWith) {
    }

    @POST
    @Path("{id}/shares")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(InstructorIdentityProvider.ROLE)
    @Operation(summary = "Share a set with another instructor (owner only); they may then change it too")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "share", value = "{\"username\": \"mbeck\"}")))
    @APIResponse(responseCode = "201", description = "Shared")
    @APIResponse(responseCode = "403", description = "Only the owner may share")
    public RestResponse<ShareView> share(@RestPath long id, @NotNull ShareRequest request) {
        access.requireOwned(id);
        editor.share(id, request.username(), instructor.id());
        return RestResponse.ResponseBuilder.<ShareView>created(URI.create("/api/sets/" + id + "/shares"))
                .entity(new ShareView(id, editor.sharedWith(id))).build();
    }

    @GET
    @Path("{id}/shares")
    @RolesAllowed(InstructorIdentityProvider.ROLE)
    @Operation(summary = "The instructors a set is shared with")
    public ShareView shares(@RestPath long id) {
        access.requireManageable(id);
        return new ShareView(id, editor.sharedWith(id));
    }

    @POST
    @Path("{id}/questions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(InstructorIdentityProvider.ROLE)
    @Operation(summary = "Write a question of any type (AUTHORED, approved), optionally citing a sentence "
            + "(passageId from GET /api/sets/{id}/documents/{documentId}/sentences)")
    @RequestBody(content = @Content(examples = {
            @ExampleObject(name = "multiple choice", value = QuestionResource.MC_EXAMPLE),
            @ExampleObject(name = "ordering", value = "{\"type\": \"ORDERING\", \"prompt\": \"Put the eruptions in order\","
                    + " \"choices\": [\"Laki\", \"Eyjafjallajokull\", \"Fagradalsfjall\"]}") }))
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "The question breaks a rule of its type (problem lists them)")
    public RestResponse<SetViews.QuestionView> addQuestion(@RestPath long id, @NotNull QuestionDraft draft) {
        access.requireManageable(id);
        Question q = questions.author(id, draft);
        return RestResponse.ResponseBuilder.<SetViews.QuestionView>created(URI.create("/api/questions/" + q.id))
                .entity(SourceViews.forQuestions(List.of(q)).view(q)).build();
    }

    public record SentenceView(long passageId, int start, int end, String text) {
    }

    @GET
    @Path("{id}/documents/{documentId}/sentences")
    @RolesAllowed(InstructorIdentityProvider.ROLE)
    @Operation(summary = "The sentences of one of the set's documents with their passage ids, for citing one in a question")
    public List<SentenceView> sentences(@RestPath long id, @RestPath long documentId) {
        access.requireManageable(id);
        org.citequiz.corpus.Document d = org.citequiz.corpus.Document.findById(documentId);
        if (d == null || d.setId != id) {
            throw ProblemException.notFound("Document " + documentId + " of set " + id);
        }
        return ReviewQueue.sentences(List.of(d)).stream()
                .map(s -> new SentenceView(s.passageId(), s.start(), s.end(), d.text.substring(s.start(), s.end())))
                .toList();
    }

    static final String SET_EXAMPLE = "{\"title\": \"Volcanoes of Iceland\", \"description\": \"Readings\","
            + " \"published\": true, \"autoApprove\": true, \"autoApproveThreshold\": 0.7}";

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
