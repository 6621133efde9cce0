package org.citequiz.play;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import org.citequiz.web.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The play API. Learners are known by the signed cookie {@value LearnerCookie#NAME} that starting an attempt
 * (or resuming) sets: clients send it back with every call; without it an attempt is "not found".
 */
@Path("/api/play")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Play")
public class PlayResource {

    @Inject
    PlayService play;

    @Inject
    CurrentLearner learner;

    @Inject
    LearnerCookie cookie;

    @POST
    @Path("attempts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start an attempt on a published set; sets the learner cookie")
    public RestResponse<PlayViews.Started> start(PlayRequests.StartAttempt request) {
        if (request == null || request.setId() == null) {
            throw ProblemException.badRequest("Say which question set to play (setId).");
        }
        PlayService.Start start = play.start(request.setId(), request.learnerName(), request.classCode(),
                learner.publicId());
        return RestResponse.ResponseBuilder.<PlayViews.Started>created(
                URI.create("/api/play/attempts/" + start.started().attemptId()))
                .entity(start.started()).cookie(cookie.cookieFor(start.learner())).build();
    }

    @GET
    @Path("attempts/{attemptId}")
    @Operation(summary = "The attempt's progress and score")
    public PlayViews.AttemptSummary attempt(@RestPath String attemptId) {
        return play.summary(attemptId, learner.publicId());
    }

    @GET
    @Path("attempts/{attemptId}/next")
    @Operation(summary = "The question to answer now (no answer in it), or 204 when the attempt is finished")
    public RestResponse<PlayViews.NextQuestion> next(@RestPath String attemptId) {
        return play.next(attemptId, learner.publicId()).map(RestResponse::ok)
                .orElseGet(RestResponse::noContent);
    }

    @POST
    @Path("attempts/{attemptId}/responses")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer the current question once; returns the verdict, the answer and its sources")
    public PlayViews.Feedback answer(@RestPath String attemptId, PlayRequests.AnswerQuestion request) {
        if (request == null) {
            throw ProblemException.badRequest("Send {questionId, response}.");
        }
        return play.answer(attemptId, learner.publicId(), request.questionId(), request.submission()).feedback();
    }

    @POST
    @Path("resume")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Continue as the learner with this resume code on this device; sets the learner cookie")
    public RestResponse<PlayViews.LearnerView> resume(PlayRequests.Resume request,
            io.vertx.core.http.HttpServerRequest http) {
        Learner resumed = play.resume(request == null ? null : request.resumeCode(), http.remoteAddress().hostAddress());
        return RestResponse.ResponseBuilder.ok(new PlayViews.LearnerView(resumed.id, resumed.displayName))
                .cookie(cookie.cookieFor(resumed)).build();
    }
}
