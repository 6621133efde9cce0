package org.citequiz.classroom;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.citequiz.play.Learner;

/**
 * The signed, HttpOnly cookie that says which learner a browser is: {@code publicId.signature}.
 * Stands in for the play feature's learner cookie until both use one (same name, same format).
 */
@ApplicationScoped
public class LearnerCookie {

    public static final String NAME = "cq-learner";
    private static final long MAX_AGE_SECONDS = 400L * 24 * 3600;

    private final byte[] key;

    LearnerCookie(ClassroomConfig config) {
        this.key = config.learnerCookieSecret().map(s -> s.getBytes(StandardCharsets.UTF_8)).orElseGet(() -> {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            return random;
        });
    }

    /** The learner's public id if the request carries a cookie this server signed. */
    public Optional<String> publicId(RoutingContext routing) {
        Cookie cookie = routing.request().getCookie(NAME);
        if (cookie == null) {
            return Optional.empty();
        }
        return verify(cookie.getValue());
    }

    public void issue(RoutingContext routing, Learner learner) {
        routing.response().addCookie(Cookie.cookie(NAME, sign(learner.publicId)).setPath("/").setHttpOnly(true)
                .setSameSite(CookieSameSite.LAX).setMaxAge(MAX_AGE_SECONDS));
    }

    public String sign(String publicId) {
        return publicId + "." + mac(publicId);
    }

    Optional<String> verify(String value) {
        int dot = value == null ? -1 : value.lastIndexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String publicId = value.substring(0, dot);
        byte[] expected = mac(publicId).getBytes(StandardCharsets.US_ASCII);
        byte[] sent = value.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, sent) ? Optional.of(publicId) : Optional.empty();
    }

    private String mac(String publicId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(publicId.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
