package org.citequiz.classroom;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import org.citequiz.play.CurrentLearner;
import org.citequiz.play.LearnerCookie;
import org.citequiz.web.ProblemException;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

/** The link (or QR code) a student opens to join a class: a display name is all it takes. */
@Path("/join/{code}")
@Produces(MediaType.TEXT_HTML)
public class JoinPages {

    public record JoinForm(@RestForm String displayName) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance join(SchoolClass schoolClass, String displayName, String error);
    }

    @Inject
    JoinService joins;

    @Inject
    LearnerCookie learnerCookie;

    @Inject
    CurrentLearner currentLearner;

    @GET
    public TemplateInstance form(@RestPath String code) {
        return Templates.join(joins.requireClass(code), "", null);
    }

    @POST
    public RestResponse<?> join(@RestPath String code, @BeanParam JoinForm form) {
        String name = form.displayName() == null ? "" : form.displayName();
        try {
            JoinService.Joined joined = joins.join(code, name, currentLearner.publicId());
            return RestResponse.ResponseBuilder.seeOther(URI.create("/classes/" + joined.schoolClass().code + "/leaderboard"))
                    .cookie(learnerCookie.cookieFor(joined.learner())).build();
        } catch (ProblemException refused) {
            if (refused.status() == 404) {
                throw refused;
            }
            // Shown again with the reason next to the field; nothing was stored.
            return RestResponse.status(RestResponse.Status.fromStatusCode(refused.status()),
                    Templates.join(joins.requireClass(code), name, refused.detail()));
        }
    }
}
