package org.citequiz.questionset;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.citequiz.account.InstructorIdentityProvider;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

/** Review and editing of single questions, and the sentences a question may cite (instructors only). */
@Path("/api/questions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(InstructorIdentityProvider.ROLE)
@Tag(name = "Review", description = "Approve, reject and edit questions (instructors managing the set)")
// One transaction per request: the views read the questions' lazily loaded sources.
@Transactional
public class QuestionResource {

    static final String MC_EXAMPLE = "{\"type\": \"MULTIPLE_CHOICE\", \"prompt\": \"Which volcano erupted in 2010?\","
            + " \"choices\": [\"Eyjafjallajokull\", \"Hekla\", \"Katla\", \"Askja\"], \"answer\": \"Eyjafjallajokull\","
            + " \"passageId\": 42}";

    @Inject
    QuestionEditor editor;

    @Inject
    SetAccess access;

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit a question: a generated one becomes EDITED (regeneration never overwrites it) and "
            + "is approved; passageId (optional) re-cites another sentence of the set's documents")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "multiple choice", value = MC_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The edited question")
    @APIResponse(responseCode = "400", description = "The question breaks a rule of its type")
    public SetViews.QuestionView edit(@RestPath long id, @NotNull QuestionDraft draft) {
        access.requireManageable(editor.require(id).setId);
        return view(editor.edit(id, draft));
    }

    @POST
    @Path("{id}/approve")
    @Operation(summary = "Approve a question: learners of the published set get it")
    public SetViews.QuestionView approve(@RestPath long id) {
        access.requireManageable(editor.require(id).setId);
        return view(editor.approve(id));
    }

    @POST
    @Path("{id}/reject")
    @Operation(summary = "Reject a question: learners never get it, regeneration does not bring it back")
    public SetViews.QuestionView reject(@RestPath long id) {
        access.requireManageable(editor.require(id).setId);
        return view(editor.reject(id));
    }

    private static SetViews.QuestionView view(Question q) {
        return SourceViews.forQuestions(List.of(q)).view(q);
    }
}
