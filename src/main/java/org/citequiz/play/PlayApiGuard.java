package org.citequiz.play;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Optional;
import org.citequiz.web.Problem;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The play API carries the learner cookie, so a browser must not send it on behalf of another site: on top of the
 * shared Origin check, a request a browser marks {@code Sec-Fetch-Site: cross-site} is refused.
 */
public class PlayApiGuard {

    @ServerRequestFilter(priority = jakarta.ws.rs.Priorities.AUTHENTICATION - 90)
    public Optional<RestResponse<Problem>> refuseCrossSite(ContainerRequestContext request) {
        String method = request.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)) {
            return Optional.empty();
        }
        if (!request.getUriInfo().getPath().startsWith("/api/play")
                || !"cross-site".equalsIgnoreCase(request.getHeaderString("Sec-Fetch-Site"))) {
            return Optional.empty();
        }
        return Optional.of(RestResponse.ResponseBuilder.create(RestResponse.Status.FORBIDDEN,
                Problem.of(403, "Cross-site request refused", "The play API does not accept requests from other sites."))
                .type(Problem.MEDIA_TYPE).build());
    }
}
