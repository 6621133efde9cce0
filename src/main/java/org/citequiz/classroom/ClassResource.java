package org.citequiz.classroom;

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
import java.util.List;
import org.citequiz.account.CurrentInstructor;
import org.citequiz.account.InstructorIdentityProvider;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/classes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(InstructorIdentityProvider.ROLE)
@Tag(name = "Classes")
public class ClassResource {

    @Inject
    ClassService classes;

    @Inject
    CurrentInstructor instructor;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a class owned by the signed-in instructor; the answer carries its join code")
    public RestResponse<ClassViews.ClassCreated> create(@Valid @NotNull ClassViews.NewClass request) {
        SchoolClass created = classes.create(request.name(), instructor.id());
        return RestResponse.ResponseBuilder.<ClassViews.ClassCreated>created(URI.create("/api/classes/" + created.id))
                .entity(ClassViews.ClassCreated.of(created)).build();
    }

    @GET
    @Operation(summary = "The signed-in instructor's classes")
    public List<ClassViews.ClassSummary> mine() {
        return classes.ownedBy(instructor.id()).stream().map(ClassViews.ClassSummary::of).toList();
    }

    @GET
    @Path("{id}/members")
    @Operation(summary = "A class's roster (its instructor only)")
    public List<ClassViews.Member> roster(@RestPath long id) {
        return classes.roster(id, instructor.id()).stream().map(ClassViews.Member::of).toList();
    }
}
