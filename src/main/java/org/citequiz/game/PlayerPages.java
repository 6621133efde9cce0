package org.citequiz.game;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.Optional;
import org.citequiz.web.ProblemException;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestStreamElementType;

/** The player's pages: join with a PIN, then answer on your own device. */
@Path("/play/game")
@Produces(MediaType.TEXT_HTML)
public class PlayerPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance join(String pin);

        static native TemplateInstance play(GameSnapshot game, GameViews.You you, long remainingMs, long remainingSeconds,
                String refused);

        static native TemplateInstance play$panel(GameSnapshot game, GameViews.You you, long remainingMs,
                long remainingSeconds, String refused);
    }

    @Inject
    GameService games;

    @Inject
    GameFeeds feeds;

    @Inject
    GameViewer viewer;

    @Inject
    PlayerCookie cookies;

    @Inject
    GameClock clock;

    @GET
    public TemplateInstance joinForm(@RestQuery String pin) {
        return Templates.join(pin != null && GameService.PIN.matcher(pin).matches() ? pin : "");
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<Void> join(@BeanParam GameRequests.JoinForm form) {
        GameService.Joined joined = games.join(form.pin(), form.name(), viewer.learnerPublicId());
        return RestResponse.ResponseBuilder.<Void>seeOther(URI.create("/play/game/" + joined.gameId()))
                .cookie(cookies.cookie(joined.learnerPublicId())).build();
    }

    @GET
    @Path("{id}")
    public RestResponse<String> play(@RestPath long id, @RestQuery String refused) {
        Optional<Long> player = viewer.player(id);
        if (player.isEmpty()) {
            return RestResponse.seeOther(URI.create("/play/game"));
        }
        GameSnapshot s = feeds.snapshot(id);
        long ms = s.remainingMs(clock.now());
        // Rendered here, not by the writer, so the CSRF cookie its forms need goes out with this response.
        return RestResponse.ok(Templates.play(s, GameViews.You.of(s, player.get()).orElseThrow(), ms,
                HostPages.seconds(ms), refusal(refused)).render());
    }

    @GET
    @Path("{id}/panel")
    public TemplateInstance panel(@RestPath long id) {
        long player = viewer.requirePlayer(id);
        GameSnapshot s = feeds.snapshot(id);
        long ms = s.remainingMs(clock.now());
        return Templates.play$panel(s, GameViews.You.of(s, player).orElseThrow(), ms, HostPages.seconds(ms), null);
    }

    /** Server-sent events for a player's device: one per change of the game, fed from the in-memory snapshot. */
    @GET
    @Path("{id}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.TEXT_PLAIN)
    @Blocking // the player check may read the database; the stream itself comes from memory
    public Multi<String> events(@RestPath long id) {
        viewer.requirePlayer(id);
        return feeds.stream(id);
    }

    @POST
    @Path("{id}/answer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<Void> answer(@RestPath long id, @BeanParam GameRequests.AnswerForm form) {
        long player = viewer.requirePlayer(id);
        if (form.questionId() == null) {
            throw ProblemException.badRequest("Pick one of the choices.");
        }
        String refused = "";
        try {
            games.answer(id, player, form.questionId(), form.response());
        } catch (ProblemException e) {
            if (e.status() != 409) {
                throw e;
            }
            // A refusal is part of the game, not an error page: say so on the game screen.
            refused = "?refused=" + switch (e.title()) {
                case "Time is up" -> "late";
                case "Already answered" -> "twice";
                default -> "closed";
            };
        }
        return RestResponse.seeOther(URI.create("/play/game/" + id + refused));
    }

    private static String refusal(String code) {
        if (code == null) {
            return null;
        }
        return switch (code) {
            case "late" -> "Time was up: your answer did not count.";
            case "twice" -> "You had already answered this question.";
            case "closed" -> "That question is closed.";
            default -> null;
        };
    }
}
