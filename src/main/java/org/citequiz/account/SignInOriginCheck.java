package org.citequiz.account;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.citequiz.web.CsrfFilter;

/**
 * Login CSRF: Quarkus form authentication handles {@code POST /j_security_check} before JAX-RS, so
 * {@link CsrfFilter} never sees it. A Vert.x filter refuses sign-in posts whose Origin (or Referer) names
 * another site; browsers always send Origin on cross-site form posts. The form still carries the CSRF field
 * for uniformity, but the body cannot be read here without taking it from the form mechanism.
 */
@ApplicationScoped
public class SignInOriginCheck {

    static final String POST_LOCATION = "/j_security_check";

    void register(@Observes Filters filters) {
        // Above the authentication handler, which runs as a filter too.
        filters.register(rc -> {
            if (rc.request().method() == HttpMethod.POST && rc.normalizedPath().endsWith(POST_LOCATION)
                    && !CsrfFilter.sameOrigin(rc.request())) {
                rc.response().setStatusCode(403).putHeader("Content-Type", "text/plain; charset=utf-8")
                        .end("Sign-in refused: the form did not come from this site.");
                return;
            }
            rc.next();
        }, 20_000);
    }
}
