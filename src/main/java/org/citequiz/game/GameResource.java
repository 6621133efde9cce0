package org.citequiz.game;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import org.citequiz.account.CurrentInstructor;
import org.citequiz.account.InstructorIdentityProvider;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/games")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Live games")
public class GameResource {

    @Inject
    GameService games;

    @Inject
    GameFeeds feeds;

    @Inject
    GameViewer viewer;

    @Inject
    CurrentInstructor instructor;

    @Inject
    PlayerCookie cookies;

    @Inject
    GameClock clock;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(InstructorIdentityProvider.ROLE)
    @Operation(summary = "Host a live game of a published set (optionally for one of your classes); returns its 6-digit PIN")
    @APIResponse(responseCode = "201", description = "Created")
    public RestResponse<GameViews.Created> create(@Valid @NotNull GameRequests.NewGame request) {
        Game game = games.create(instructor.id(), request.toCommand());
        return RestResponse.ResponseBuilder.<GameViews.Created>created(URI.create("/api/games/" + game.id))
                .entity(new GameViews.Created(game.id, game.pin)).build();
    }

    @POST
    @Path("{id}/start")
    @RolesAllowed(InstructorIdentityProvider.ROLE)
    @Operation(summary = "Host: ask the first question")
    public GameViews.Moved start(@RestPath long id) {
        return move(id, GameFlow.Action.START);
    }

    @POST
    @Path("{id}/end-question")
    @RolesAllowed(InstructorIdentityProvider.ROLE)
    @Operation(summary = "Host: close the open question early and reveal its answer")
    public GameViews.Moved endQuestion(@RestPath long id) {
        return move(id, GameFlow.Action.END_QUESTION);
    }

    @POST
    @Path("{id}/next")
    @RolesAllowed(InstructorIdentityProvider.ROLE)
    @Operation(summary = "Host: after a reveal, ask the next question (or finish after the last)")
    public GameViews.Moved next(@RestPath long id) {
        return move(id, GameFlow.Action.NEXT);
    }

    @POST
    @Path("{id}/skip")
    @RolesAllowed(InstructorIdentityProvider.ROLE)
    @Operation(summary = "Host: skip the current question without revealing it")
    public GameViews.Moved skip(@RestPath long id) {
        return move(id, GameFlow.Action.SKIP);
    }

    @POST
    @Path("{id}/end")
    @RolesAllowed(InstructorIdentityProvider.ROLE)
    @Operation(summary = "Host: end the game now and show the podium")
    public GameViews.Moved end(@RestPath long id) {
        return move(id, GameFlow.Action.END);
    }

    private GameViews.Moved move(long id, GameFlow.Action action) {
        return GameViews.Moved.of(games.move(id, instructor.id(), action));
    }

    @POST
    @Path("join")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Join a running game with its PIN and a display name; sets the player cookie. "
            + "Joining again (same cookie, or same name) returns the same player with their score")
    public RestResponse<GameViews.Joined> join(@Valid @NotNull GameRequests.Join request) {
        GameService.Joined joined = games.join(request.pin(), request.name(), viewer.learnerPublicId());
        return RestResponse.ResponseBuilder.ok(new GameViews.Joined(joined.gameId(), joined.playerId()))
                .cookie(cookies.cookie(joined.learnerPublicId())).build();
    }

    @GET
    @Path("{id}/state")
    @Operation(summary = "The game as a player sees it: the open question without its answer, your score and rank")
    public GameViews.State state(@RestPath long id) {
        Long player = viewer.playerOrHost(id).orElse(null);
        return GameViews.State.of(feeds.snapshot(id), player, clock.now());
    }

    @POST
    @Path("{id}/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer the open question (once, within its time); returns whether your answer was right")
    @APIResponse(responseCode = "409", description = "Time is up, the question is closed, or already answered")
    public GameViews.AnswerResult answer(@RestPath long id, @Valid @NotNull GameRequests.Answer request) {
        long player = viewer.requirePlayer(id);
        return GameViews.AnswerResult.of(games.answer(id, player, request.questionId(), request.response()));
    }

    @GET
    @Path("{id}/results")
    @Operation(summary = "Standings: the podium (top three) and every player's rank")
    public GameViews.Results results(@RestPath long id) {
        Long player = viewer.playerOrHost(id).orElse(null);
        return GameViews.Results.of(feeds.snapshot(id), player);
    }
}
