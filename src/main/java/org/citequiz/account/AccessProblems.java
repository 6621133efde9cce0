package org.citequiz.account;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.citequiz.web.Problem;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Anonymous or wrong-role requests to instructor endpoints: API clients get a 401 problem with a Basic
 * challenge (never the sign-in redirect meant for browsers), browsers on pages are sent to the sign-in page.
 */
public class AccessProblems {

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response unauthorized(UnauthorizedException e, RoutingContext routing, HttpHeaders headers) {
        if (isApi(routing)) {
            return Response.status(401).header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Citequiz\"")
                    .type(Problem.MEDIA_TYPE)
                    .entity(Problem.of(401, "Sign-in required", "Send an instructor's credentials with HTTP Basic."))
                    .build();
        }
        if (isInstructorPage(routing)) {
            return Response.seeOther(URI.create("/login")).build();
        }
        // Learner pages and event streams: no Basic challenge (it would open a browser dialog), no redirect.
        if (routing.request().getHeader(HttpHeaders.ACCEPT) != null
                && routing.request().getHeader(HttpHeaders.ACCEPT).contains("text/event-stream")) {
            return Response.status(401).build();
        }
        return org.citequiz.web.ProblemMapper.respond(
                Problem.of(401, "Sign-in required", "Join the class or sign in to see this."), headers);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response forbidden(ForbiddenException e, HttpHeaders headers) {
        return org.citequiz.web.ProblemMapper.respond(
                Problem.of(403, "Forbidden", "Your account may not do this."), headers);
    }

    static boolean isInstructorPage(RoutingContext routing) {
        return routing.normalizedPath().equals("/instructor") || routing.normalizedPath().startsWith("/instructor/");
    }

    static boolean isApi(RoutingContext routing) {
        return routing.normalizedPath().startsWith("/api/");
    }
}
