package org.citequiz.leaderboard;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

/** Class against class: public, and it names classes only, never learners. */
@Path("/api/leaderboard/classes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Leaderboards")
public class ClassRankingResource {

    /** @param members the class's active members on this board (at least one answer) */
    public record Entry(int rank, String className, double averagePoints, long totalPoints, int members) {
        static Entry of(Ranking.Ranked<ClassStanding> ranked) {
            ClassStanding s = ranked.entry();
            return new Entry(ranked.rank(), s.className(), Math.round(s.averagePoints() * 10) / 10.0, s.totalPoints(),
                    s.activeMembers());
        }
    }

    @Inject
    Leaderboards leaderboards;

    @GET
    @Operation(summary = "Classes ranked by average points per active member on a set (or all sets)")
    public List<Entry> classes(@RestQuery Long set, @RestQuery String period) {
        BoardRequest board = BoardRequest.parse(set, period);
        return leaderboards.classAgainstClass(board.setId(), board.period()).stream().map(Entry::of).toList();
    }
}
