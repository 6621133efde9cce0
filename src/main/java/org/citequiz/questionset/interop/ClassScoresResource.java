package org.citequiz.questionset.interop;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.citequiz.account.CurrentInstructor;
import org.citequiz.account.InstructorIdentityProvider;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** A class's scores for a gradebook, for the instructor who runs the class. */
@Path("/api/classes")
@RolesAllowed(InstructorIdentityProvider.ROLE)
@Tag(name = "Import and export")
public class ClassScoresResource {

    @Inject
    CurrentInstructor instructor;

    @Inject
    ScoresExport scores;

    @GET
    @Path("{classId}/scores.csv")
    @Produces("text/csv")
    @Operation(summary = "Scores in this class, one row per learner and answered question; set= limits it to one set")
    public Response scores(@RestPath long classId, @RestQuery("set") Long setId) {
        String csv = scores.forClass(classId, setId, instructor.id());
        return InteropResource.attachment(csv, "text/csv; charset=UTF-8",
                "class-" + classId + (setId == null ? "" : "-set-" + setId) + "-scores.csv");
    }
}
