package org.citequiz.classroom;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.List;
import org.citequiz.account.CurrentInstructor;
import org.citequiz.account.InstructorIdentityProvider;
import org.citequiz.web.ProblemException;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

/** The instructor's class pages: every form posts, then redirects back (post-redirect-get). */
@Path("/instructor/classes")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(InstructorIdentityProvider.ROLE)
public class ClassPages {

    public record NameForm(@RestForm String name) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<SchoolClass> classes);

        static native TemplateInstance roster(SchoolClass schoolClass, List<ClassMembership> members);
    }

    @Inject
    ClassService classes;

    @Inject
    CurrentInstructor instructor;

    @GET
    public TemplateInstance list() {
        return Templates.list(classes.ownedBy(instructor.id()));
    }

    @POST
    public RestResponse<Void> create(@BeanParam NameForm form) {
        SchoolClass created = classes.create(className(form), instructor.id());
        return seeOther(created.id);
    }

    @GET
    @Path("{id}")
    public TemplateInstance roster(@RestPath long id) {
        SchoolClass schoolClass = classes.requireOwned(id, instructor.id());
        return Templates.roster(schoolClass, ClassMembership.ofClass(id));
    }

    @POST
    @Path("{id}/name")
    public RestResponse<Void> rename(@RestPath long id, @BeanParam NameForm form) {
        classes.rename(id, instructor.id(), className(form));
        return seeOther(id);
    }

    @POST
    @Path("{id}/code")
    public RestResponse<Void> regenerateCode(@RestPath long id) {
        classes.regenerateCode(id, instructor.id());
        return seeOther(id);
    }

    @POST
    @Path("{id}/close")
    public RestResponse<Void> close(@RestPath long id) {
        classes.setClosed(id, instructor.id(), true);
        return seeOther(id);
    }

    @POST
    @Path("{id}/reopen")
    public RestResponse<Void> reopen(@RestPath long id) {
        classes.setClosed(id, instructor.id(), false);
        return seeOther(id);
    }

    @POST
    @Path("{id}/members/{memberId}/name")
    public RestResponse<Void> renameMember(@RestPath long id, @RestPath long memberId, @BeanParam NameForm form) {
        classes.renameMember(id, instructor.id(), memberId, form.name() == null ? "" : form.name());
        return seeOther(id);
    }

    @POST
    @Path("{id}/members/{memberId}/remove")
    public RestResponse<Void> removeMember(@RestPath long id, @RestPath long memberId) {
        classes.removeMember(id, instructor.id(), memberId);
        return seeOther(id);
    }

    private static String className(NameForm form) {
        String name = form.name() == null ? "" : form.name().strip();
        if (name.isEmpty() || name.length() > 120) {
            throw ProblemException.badRequest("A class name needs between 1 and 120 characters.");
        }
        return name;
    }

    private static RestResponse<Void> seeOther(long classId) {
        return RestResponse.seeOther(URI.create("/instructor/classes/" + classId));
    }
}
