package org.citequiz.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The sign-in page (Quarkus form authentication posts it to {@code /j_security_check}) and sign-out.
 * Sign-out is a POST carrying the CSRF token, so a foreign page cannot sign an instructor out.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SignInPages {

    @Inject
    CurrentInstructor instructor;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean failed, boolean signedOut);
    }

    @GET
    @Path("login")
    public Object login(UriInfo uri) {
        // Flags without values (?error, ?signed-out), as the form mechanism's error page is configured.
        boolean failed = uri.getQueryParameters().containsKey("error");
        if (instructor.signedIn() && !failed) {
            return RestResponse.seeOther(URI.create("/instructor"));
        }
        return Templates.login(failed, uri.getQueryParameters().containsKey("signed-out"));
    }

    @POST
    @Path("logout")
    public RestResponse<Void> logout(RoutingContext routing) {
        FormAuthenticationMechanism.logout(routing);
        return RestResponse.seeOther(URI.create("/login?signed-out"));
    }
}
