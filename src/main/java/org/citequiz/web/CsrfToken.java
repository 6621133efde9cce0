package org.citequiz.web;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The double-submit token of the current browser. Templates put it in every form with
 * {@code {#csrf /}} (tags/csrf.html), htmx sends it as a header (layout).
 */
@Named("csrf")
@RequestScoped
public class CsrfToken {

    public static final String COOKIE = "cq-csrf";
    public static final String FIELD = "_csrf";
    public static final String HEADER = "X-CSRF-Token";

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    RoutingContext routing;

    private String value;
    private boolean issuedNow;

    /** The token to embed in pages: the browser's cookie value, or a fresh one sent with this response. */
    public String getValue() {
        return value();
    }

    public String value() {
        if (value == null) {
            value = cookieValue();
            if (value == null) {
                byte[] bytes = new byte[24];
                RANDOM.nextBytes(bytes);
                value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                issuedNow = true;
            }
        }
        return value;
    }

    String cookieValue() {
        Cookie cookie = routing.request().getCookie(COOKIE);
        return cookie == null || cookie.getValue().isBlank() ? null : cookie.getValue();
    }

    boolean issuedNow() {
        return issuedNow;
    }

    public String field() {
        return FIELD;
    }
}
