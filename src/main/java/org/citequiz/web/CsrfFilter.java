package org.citequiz.web;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Cross-site request forgery protection for every state-changing request (quarkus-rest-csrf is not
 * available for this Quarkus version):
 * <ul>
 * <li>an Origin (or Referer) naming another host is refused outright;</li>
 * <li>form posts (urlencoded, multipart, text/plain — the kinds a foreign page can send without a
 * CORS preflight) must carry the double-submit token: form field {@value CsrfToken#FIELD} or header
 * {@value CsrfToken#HEADER} equal to the {@value CsrfToken#COOKIE} cookie.</li>
 * </ul>
 * JSON requests cannot be sent cross-site without a preflight, which this server never grants.
 */
public class CsrfFilter {

    @Inject
    CsrfToken token;

    @ServerRequestFilter(priority = jakarta.ws.rs.Priorities.AUTHENTICATION - 100)
    @WithFormRead
    public Optional<RestResponse<Problem>> check(ResteasyReactiveContainerRequestContext context, RoutingContext routing) {
        String method = context.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)) {
            return Optional.empty();
        }
        if (!sameOrigin(routing.request())) {
            return Optional.of(refuse("This request came from another site and was refused."));
        }
        MediaType type = context.getMediaType();
        if (type == null || !isFormLike(type) || routing.request().cookieCount() == 0) {
            // Without cookies a request carries no ambient authority (API clients use HTTP Basic).
            return Optional.empty();
        }
        String expected = token.cookieValue();
        String sent = context.getHeaderString(CsrfToken.HEADER);
        if (sent == null) {
            ResteasyReactiveRequestContext rr = context.getServerRequestContext() instanceof ResteasyReactiveRequestContext c ? c : null;
            Object field = rr == null ? null : rr.getFormParameter(CsrfToken.FIELD, true, false);
            sent = field == null ? null : field.toString();
        }
        if (expected == null || sent == null || !constantTimeEquals(expected, sent)) {
            return Optional.of(refuse("The form has expired or did not come from this site. Reload the page and try again."));
        }
        return Optional.empty();
    }

    @ServerResponseFilter
    public void issue(ContainerRequestContext request, ContainerResponseContext response, RoutingContext routing) {
        // Templates render after response filters, so an HTML page may not have asked for its token yet:
        // issue it for every page, or the token in its forms would have no cookie to match.
        boolean page = response.getMediaType() != null && response.getMediaType().isCompatible(MediaType.TEXT_HTML_TYPE);
        if (token.cookieValue() == null && (page || token.issuedNow())) {
            Cookie cookie = Cookie.cookie(CsrfToken.COOKIE, token.value())
                    .setPath("/").setHttpOnly(true).setSameSite(CookieSameSite.STRICT);
            routing.response().addCookie(cookie);
        }
    }

    private static boolean isFormLike(MediaType type) {
        return type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)
                || type.isCompatible(MediaType.TEXT_PLAIN_TYPE);
    }

    public static boolean sameOrigin(HttpServerRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null || origin.equals("null")) {
            String referer = request.getHeader("Referer");
            if (referer == null) {
                return origin == null; // a literal "null" origin is a sandboxed or privacy-stripped foreign page
            }
            origin = referer;
        }
        String host = request.getHeader(HttpHeaders.HOST);
        try {
            URI uri = URI.create(origin);
            String originHost = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return host != null && originHost != null && host.equalsIgnoreCase(originHost);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static RestResponse<Problem> refuse(String detail) {
        return RestResponse.ResponseBuilder.create(RestResponse.Status.FORBIDDEN,
                Problem.of(403, "Cross-site request refused", detail)).type(Problem.MEDIA_TYPE).build();
    }
}
