package org.citequiz.account;

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
import java.net.URI;
import java.util.List;
import org.citequiz.web.ProblemException;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;

/** Instructor accounts in the browser: the list and the invite form. */
@Path("/instructor/accounts")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(InstructorIdentityProvider.ROLE)
public class AccountPages {

    @Inject
    InstructorAccounts accounts;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance accounts(List<InstructorAccounts.AccountSummary> accounts, String created,
                String error, InviteForm form);
    }

    public record InviteForm(@RestForm String username, @RestForm String password, @RestForm String displayName) {
        static final InviteForm EMPTY = new InviteForm("", "", "");
    }

    @GET
    public TemplateInstance list(@QueryParam("created") String created) {
        return Templates.accounts(accounts.list(), created, null, InviteForm.EMPTY);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object invite(@BeanParam InviteForm form) {
        try {
            InstructorAccounts.AccountSummary created = accounts.invite(
                    new InstructorAccounts.Invitation(form.username(), form.password(), form.displayName()));
            return RestResponse.seeOther(URI.create("/instructor/accounts?created=" + created.username()));
        } catch (ProblemException e) {
            // Re-show the form with what was typed (never the password) and the reason.
            return RestResponse.status(RestResponse.Status.fromStatusCode(e.status() == 409 ? 409 : 400),
                    Templates.accounts(accounts.list(), null, e.detail(),
                            new InviteForm(form.username(), "", form.displayName())));
        }
    }
}
