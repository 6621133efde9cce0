package org.citequiz.play;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.NewCookie;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The learner's identity on a device: {@code <publicId>.<HMAC-SHA256(publicId)>}, so a learner id cannot be
 * forged or guessed into a cookie without the key. HttpOnly and SameSite=Lax.
 */
@ApplicationScoped
public class LearnerCookie {

    public static final String NAME = "cq-learner";
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    private final PlayConfig config;

    @Inject
    public LearnerCookie(PlayConfig config) {
        this.config = config;
        byte[] secret;
        if (config.cookieSecret().filter(s -> !s.isBlank()).isPresent()) {
            secret = config.cookieSecret().get().getBytes(StandardCharsets.UTF_8);
        } else {
            secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            Log.warn("quiz.play.cookie-secret is not set: learner cookies are signed with a random key that dies "
                    + "with this process and differs between nodes. Set QUIZ_PLAY_COOKIE_SECRET on every node.");
        }
        this.key = new SecretKeySpec(secret, ALGORITHM);
    }

    /** Created at start-up so that a missing secret is reported then, not at the first learner's visit. */
    void onStart(@Observes StartupEvent event) {
    }

    public String sign(String publicId) {
        return publicId + "." + signature(publicId);
    }

    /** The learner public id the cookie value carries, when its signature is valid. */
    public Optional<String> verify(String value) {
        if (value == null) {
            return Optional.empty();
        }
        int dot = value.lastIndexOf('.');
        if (dot <= 0 || dot > 64) {
            return Optional.empty();
        }
        String publicId = value.substring(0, dot);
        byte[] expected = signature(publicId).getBytes(StandardCharsets.US_ASCII);
        byte[] given = value.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) ? Optional.of(publicId) : Optional.empty();
    }

    public NewCookie cookieFor(Learner learner) {
        return new NewCookie.Builder(NAME).value(sign(learner.publicId)).path("/")
                .maxAge((int) config.cookieMaxAge().toSeconds()).httpOnly(true).secure(config.secureCookie())
                .sameSite(NewCookie.SameSite.LAX).build();
    }

    private String signature(String publicId) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(publicId.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
