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

    /** The cookie Quarkus form authentication reads to redirect after sign-in (its default name). */
    static final String LOCATION_COOKIE = "quarkus-redirect-location";

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response unauthorized(UnauthorizedException e, RoutingContext routing, HttpHeaders headers) {
        if (isApi(routing)) {
            return Response.status(401).header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Citequiz\"")
                    .type(Problem.MEDIA_TYPE)
                    .entity(Problem.of(401, "Sign-in required", "Send an instructor's credentials with HTTP Basic."))
                    .build();
        }
        if (isInstructorPage(routing)) {
            Response.ResponseBuilder toLogin = Response.seeOther(URI.create("/login"));
            if ("GET".equals(routing.request().method().name())) {
                // after signing in, form authentication sends the instructor back to the page they asked for
                // (set through Vert.x, which writes the URL as it is, as form authentication reads it back)
                routing.response().addCookie(io.vertx.core.http.Cookie.cookie(LOCATION_COOKIE,
                        routing.request().absoluteURI()).setPath("/").setHttpOnly(true)
                        .setSameSite(io.vertx.core.http.CookieSameSite.STRICT));
            }
            return toLogin.build();
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
