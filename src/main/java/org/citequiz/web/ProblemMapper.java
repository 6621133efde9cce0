package org.citequiz.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.logging.Log;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place errors become responses: a problem body for API clients, a friendly page for browsers,
 * never a stack trace.
 */
public class ProblemMapper {

    @CheckedTemplate(basePath = "error")
    static class Templates {
        static native TemplateInstance page(Problem problem);
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpHeaders headers) {
        return respond(Problem.of(e.status(), e.title(), e.detail()), headers);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, HttpHeaders headers) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        String detail = violations.stream().map(v -> v.field() + ": " + v.message())
                .reduce((a, b) -> a + "; " + b).orElse("The request is invalid.");
        return respond(new Problem("about:blank", "Invalid request", 400, detail, violations), headers);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, HttpHeaders headers) {
        return respond(Problem.of(400, "Invalid JSON", "The request body is not valid JSON: "
                + e.getOriginalMessage()), headers);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 100)
    public Response web(WebApplicationException e, HttpHeaders headers) {
        int status = e.getResponse().getStatus();
        if (e.getResponse().getLocation() != null || status < 400) {
            return e.getResponse();
        }
        String title = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase() : "Error";
        String detail = status == 404 ? "There is nothing at this address."
                : status == 415 ? "This content type is not accepted here."
                : status == 405 ? "This method is not allowed here."
                : e.getMessage();
        return respond(Problem.of(status, title, detail), headers);
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, HttpHeaders headers) {
        if (e instanceof UnauthorizedException || e instanceof AuthenticationFailedException
                || e instanceof ForbiddenException) {
            // Left to Quarkus security, which answers 401 with a challenge or 403.
            return null;
        }
        Log.error("Unexpected error", e);
        return respond(Problem.of(500, "Something went wrong",
                "The server could not complete the request. Nothing was changed."), headers);
    }

    public static Response respond(Problem problem, HttpHeaders headers) {
        if (wantsHtml(headers)) {
            return Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(Templates.page(problem)).build();
        }
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    static boolean wantsHtml(HttpHeaders headers) {
        if (headers == null) {
            return false;
        }
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isWildcardType()) {
                return false;
            }
            if (type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
                return true;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
