package org.citequiz.play;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import org.citequiz.questionset.QuestionSet;
import org.citequiz.web.ProblemException;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The student pages. Every form posts and redirects (post-redirect-get) so the pages work without JavaScript;
 * with htmx the answer form is posted in place and the feedback card comes back as a fragment.
 */
@Path("/play")
@Produces(MediaType.TEXT_HTML)
public class PlayPages {

    @Inject
    PlayService play;

    @Inject
    CurrentLearner learner;

    @Inject
    LearnerCookie cookie;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance start(QuestionSet set, String learnerName, String classCode, String error);

        static native TemplateInstance question(PlayViews.QuestionPage page, String error);

        static native TemplateInstance question$card(PlayViews.QuestionPage page, String error);

        static native TemplateInstance feedback(PlayViews.FeedbackPage page);

        static native TemplateInstance feedback$card(PlayViews.FeedbackPage page);

        static native TemplateInstance answered(PlayViews.FeedbackPage page);

        static native TemplateInstance summary(PlayViews.SummaryPage page);

        static native TemplateInstance history(PlayViews.HistoryPage page);

        static native TemplateInstance resume(String resumeCode, String error);
    }

    @GET
    @Path("sets/{setId}")
    public TemplateInstance start(@RestPath long setId) {
        String name = play.learner(learner.publicId()).map(l -> l.displayName).orElse("");
        return Templates.start(play.playableSet(setId), name, "", null);
    }

    @POST
    @Path("sets/{setId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> startSubmit(@RestPath long setId, @BeanParam PlayRequests.StartForm form) {
        try {
            PlayService.Start start = play.start(setId, form.learnerName, form.classCode, learner.publicId());
            return RestResponse.ResponseBuilder.<TemplateInstance>seeOther(
                    URI.create("/play/attempts/" + start.started().attemptId()))
                    .cookie(cookie.cookieFor(start.learner())).build();
        } catch (ProblemException e) {
            if (e.status() != 400) {
                throw e;
            }
            return RestResponse.status(RestResponse.Status.BAD_REQUEST,
                    Templates.start(play.playableSet(setId), form.learnerName, form.classCode, e.detail()));
        }
    }

    @GET
    @Path("attempts/{attemptId}")
    public RestResponse<TemplateInstance> question(@RestPath String attemptId) {
        PlayViews.QuestionPage page = play.questionPage(attemptId, learner.publicId());
        if (page == null) {
            return RestResponse.seeOther(URI.create("/play/attempts/" + attemptId + "/summary"));
        }
        return RestResponse.ok(Templates.question(page, null));
    }

    @POST
    @Path("attempts/{attemptId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> answer(@RestPath String attemptId, @BeanParam PlayRequests.AnswerForm form,
            @RestHeader("HX-Request") String htmx) {
        boolean fragment = "true".equals(htmx);
        PlayViews.Answered answered;
        try {
            answered = play.answer(attemptId, learner.publicId(), form.questionId, form.submission());
        } catch (ProblemException e) {
            if (e.status() == 409 && fragment) {
                // Answered already (another tab, a double click): htmx reloads the quiz where it now stands.
                return RestResponse.ResponseBuilder.<TemplateInstance>ok()
                        .header("HX-Redirect", "/play/attempts/" + attemptId).build();
            }
            if (e.status() != 400) {
                throw e;
            }
            // Let the learner fix the answer on the same question.
            PlayViews.QuestionPage page = play.questionPage(attemptId, learner.publicId());
            if (page == null) {
                throw e;
            }
            return RestResponse.status(RestResponse.Status.BAD_REQUEST,
                    fragment ? Templates.question$card(page, e.detail()) : Templates.question(page, e.detail()));
        }
        String feedbackUrl = "/play/attempts/" + attemptId + "/answers/" + answered.reviewed().questionId();
        if (fragment) {
            PlayViews.FeedbackPage page = new PlayViews.FeedbackPage(answered.attempt(), null, answered.reviewed());
            return RestResponse.ResponseBuilder.ok(Templates.answered(page)).header("HX-Push-Url", feedbackUrl)
                    .build();
        }
        return RestResponse.seeOther(URI.create(feedbackUrl));
    }

    @GET
    @Path("attempts/{attemptId}/answers/{questionId}")
    public TemplateInstance feedback(@RestPath String attemptId, @RestPath long questionId) {
        return Templates.feedback(play.feedback(attemptId, learner.publicId(), questionId));
    }

    @GET
    @Path("attempts/{attemptId}/summary")
    public TemplateInstance summary(@RestPath String attemptId) {
        return Templates.summary(play.review(attemptId, learner.publicId()));
    }

    @GET
    @Path("history")
    public TemplateInstance history() {
        return Templates.history(play.history(learner.publicId()).orElse(null));
    }

    @GET
    @Path("resume")
    public TemplateInstance resumeForm() {
        return Templates.resume("", null);
    }

    @POST
    @Path("resume")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> resume(@BeanParam PlayRequests.ResumeForm form,
            io.vertx.core.http.HttpServerRequest http) {
        try {
            Learner resumed = play.resume(form.resumeCode, http.remoteAddress().hostAddress());
            return RestResponse.ResponseBuilder.<TemplateInstance>seeOther(URI.create("/play/history"))
                    .cookie(cookie.cookieFor(resumed)).build();
        } catch (ProblemException e) {
            if (e.status() != 400 && e.status() != 404 && e.status() != 429) {
                throw e;
            }
            return RestResponse.status(RestResponse.Status.fromStatusCode(e.status() == 429 ? 429 : 400),
                    Templates.resume(form.resumeCode, e.detail()));
        }
    }
}
