package org.citequiz.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/instructors")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(InstructorIdentityProvider.ROLE)
@Tag(name = "Instructors", description = "Instructor accounts (instructors only)")
public class InstructorResource {

    @Inject
    InstructorAccounts accounts;

    @GET
    @Operation(summary = "Every instructor account")
    public List<InstructorAccounts.AccountSummary> list() {
        return accounts.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Invite an instructor by creating their account with an initial password")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "invite",
            value = "{\"username\": \"mbeck\", \"password\": \"a-long-initial-secret\", \"displayName\": \"M. Beck\"}")))
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Username or password does not meet the rules")
    @APIResponse(responseCode = "409", description = "Username taken")
    public RestResponse<InstructorAccounts.AccountSummary> invite(@NotNull InstructorAccounts.Invitation invitation) {
        InstructorAccounts.AccountSummary created = accounts.invite(invitation);
        return RestResponse.ResponseBuilder.<InstructorAccounts.AccountSummary>created(
                URI.create("/api/instructors/" + created.id())).entity(created).build();
    }
}
