package org.citequiz.leaderboard;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.citequiz.classroom.SchoolClass;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api/classes/{code}/leaderboard")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Leaderboards")
public class LeaderboardResource {

    public record Entry(int rank, String learnerName, long points, double accuracy, int answered) {
    }

    @Inject
    Leaderboards leaderboards;

    @Inject
    BoardViewer viewer;

    @GET
    @Operation(summary = "A class's leaderboard in rank order (its instructor and its members only)")
    public List<Entry> classBoard(@RestPath String code, @RestQuery Long set, @RestQuery String period) {
        SchoolClass schoolClass = SchoolClass.requireByCode(code);
        viewer.require(schoolClass);
        BoardRequest board = BoardRequest.parse(set, period);
        return leaderboards.classBoard(schoolClass.id, board.setId(), board.period()).stream()
                .map(r -> new Entry(r.rank(), r.entry().learnerName(), r.entry().points(),
                        Math.round(r.entry().accuracy() * 1000) / 1000.0, r.entry().answered()))
                .toList();
    }
}
