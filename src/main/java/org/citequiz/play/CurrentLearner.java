package org.citequiz.play;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Optional;

/** The learner whose valid signed cookie came with this request, if any. */
@RequestScoped
public class CurrentLearner {

    @Inject
    HttpHeaders headers;

    @Inject
    LearnerCookie cookie;

    private Optional<String> publicId;

    public Optional<String> publicId() {
        if (publicId == null) {
            Cookie sent = headers.getCookies().get(LearnerCookie.NAME);
            publicId = cookie.verify(sent == null ? null : sent.getValue());
        }
        return publicId;
    }

    /** Loads the learner (blocking: call from worker-thread endpoints only). */
    public Optional<Learner> learner() {
        return publicId().flatMap(Learner::findByPublicId);
    }
}
