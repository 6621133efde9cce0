package org.citequiz.game;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signed cookie that tells which learner a game player is: {@code <learner public id>.<HMAC-SHA256>}. A player
 * who reloads, loses the connection or comes back later is recognised by it and keeps their score.
 */
@ApplicationScoped
public class PlayerCookie {

    public static final String NAME = "cq-player";
    private static final int MAX_AGE_SECONDS = 60 * 60 * 24 * 30;

    private final byte[] key;

    PlayerCookie(GameConfig config) {
        key = config.cookieSecret().filter(s -> !s.isBlank()).map(s -> s.getBytes(StandardCharsets.UTF_8))
                .orElseGet(() -> {
                    Log.warn("quiz.game.cookie-secret is not set: game-player cookies are signed with a random key "
                            + "valid on this node until it restarts");
                    byte[] random = new byte[32];
                    new SecureRandom().nextBytes(random);
                    return random;
                });
    }

    public String sign(String learnerPublicId) {
        return learnerPublicId + "." + mac(learnerPublicId);
    }

    /** The learner public id the cookie carries, if its signature holds. */
    public Optional<String> verify(String value) {
        if (value == null || value.length() > 200) {
            return Optional.empty();
        }
        int dot = value.lastIndexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String id = value.substring(0, dot);
        byte[] expected = mac(id).getBytes(StandardCharsets.US_ASCII);
        byte[] sent = value.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, sent) ? Optional.of(id) : Optional.empty();
    }

    public NewCookie cookie(String learnerPublicId) {
        return new NewCookie.Builder(NAME).value(sign(learnerPublicId)).path("/").httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX).maxAge(MAX_AGE_SECONDS).build();
    }

    private String mac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
