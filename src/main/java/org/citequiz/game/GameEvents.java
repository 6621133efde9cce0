package org.citequiz.game;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestStreamElementType;

/** Server-sent events for host screens and player devices: one event per change of the game. */
@Path("/games/{id}/events")
@Tag(name = "Live games")
public class GameEvents {

    @Inject
    GameFeeds feeds;

    @Inject
    GameViewer viewer;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.TEXT_PLAIN)
    @Blocking // the access check may read the database; the stream itself is fed from memory
    @Operation(summary = "Change notifications for a game (players and host); fetch the state after each event")
    public Multi<String> events(@RestPath long id) {
        viewer.playerOrHost(id);
        return feeds.stream(id);
    }
}
