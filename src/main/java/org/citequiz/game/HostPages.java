package org.citequiz.game;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.List;
import org.citequiz.account.CurrentInstructor;
import org.citequiz.account.InstructorIdentityProvider;
import org.citequiz.classroom.SchoolClass;
import org.citequiz.questionset.QuestionSet;
import org.citequiz.web.ProblemException;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestStreamElementType;

/** The host's pages: start a game, then run it from the host screen. */
@Path("/instructor/games")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(InstructorIdentityProvider.ROLE)
public class HostPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<QuestionSet> sets, List<SchoolClass> classes, List<Game> games);

        static native TemplateInstance host(GameSnapshot game, long remainingMs, long remainingSeconds, String joinUrl);

        static native TemplateInstance host$panel(GameSnapshot game, long remainingMs, long remainingSeconds, String joinUrl);
    }

    @Inject
    GameService games;

    @Inject
    GameFeeds feeds;

    @Inject
    CurrentInstructor instructor;

    @Inject
    GameClock clock;

    @GET
    public TemplateInstance index() {
        long me = instructor.id();
        return Templates.index(QuestionSet.listPlayable(), SchoolClass.list("ownerId = ?1 order by name", me),
                Game.ofHost(me).stream().limit(20).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<Void> create(@BeanParam GameRequests.NewGameForm form) {
        Game game = games.create(instructor.id(), form.toRequest().toCommand());
        return RestResponse.seeOther(URI.create("/instructor/games/" + game.id));
    }

    @GET
    @Path("{id}")
    public TemplateInstance host(@RestPath long id) {
        games.requireHosted(id, instructor.id());
        GameSnapshot s = feeds.snapshot(id);
        long ms = s.remainingMs(clock.now());
        return Templates.host(s, ms, seconds(ms), "/play/game?pin=" + s.pin());
    }

    @GET
    @Path("{id}/panel")
    public TemplateInstance panel(@RestPath long id) {
        games.requireHosted(id, instructor.id());
        GameSnapshot s = feeds.snapshot(id);
        long ms = s.remainingMs(clock.now());
        return Templates.host$panel(s, ms, seconds(ms), "/play/game?pin=" + s.pin());
    }

    /** Server-sent events for the host screen: one per change of the game, fed from the in-memory snapshot. */
    @GET
    @Path("{id}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.TEXT_PLAIN)
    @Blocking // the ownership check reads the database; the stream itself comes from memory
    public Multi<String> events(@RestPath long id) {
        games.requireHosted(id, instructor.id());
        return feeds.stream(id);
    }

    @POST
    @Path("{id}/{action}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<Void> control(@RestPath long id, @RestPath String action) {
        GameFlow.Action move = switch (action) {
            case "start" -> GameFlow.Action.START;
            case "end-question" -> GameFlow.Action.END_QUESTION;
            case "next" -> GameFlow.Action.NEXT;
            case "skip" -> GameFlow.Action.SKIP;
            case "end" -> GameFlow.Action.END;
            default -> throw ProblemException.notFound("Game control " + action);
        };
        games.move(id, instructor.id(), move);
        return RestResponse.seeOther(URI.create("/instructor/games/" + id));
    }

    static long seconds(long ms) {
        return (ms + 999) / 1000;
    }
}
