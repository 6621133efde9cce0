package org.citequiz.leaderboard;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.citequiz.classroom.SchoolClass;
import org.citequiz.leaderboard.Ranking.Ranked;
import org.citequiz.questionset.QuestionSet;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestStreamElementType;

@Path("/")
public class LeaderboardPages {

    /** A set a board can be about; id 0 is all sets together. */
    public record SetChoice(long id, String title, boolean selected) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance classBoard(SchoolClass schoolClass, BoardView board, List<SetChoice> sets,
                String period, String streamPath);

        static native TemplateInstance classBoard$rows(BoardView board);

        static native TemplateInstance classes(List<ClassRankingResource.Entry> standings, List<SetChoice> sets,
                String period);
    }

    @Inject
    Leaderboards leaderboards;

    @Inject
    LeaderboardSnapshots snapshots;

    @Inject
    BoardViewer viewer;

    @Inject
    LeaderboardConfig config;

    @GET
    @Path("classes/{code}/leaderboard")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance classBoard(@RestPath String code, @RestQuery Long set, @RestQuery String period) {
        SchoolClass schoolClass = SchoolClass.requireByCode(code);
        BoardViewer.Viewer who = viewer.require(schoolClass);
        BoardRequest board = BoardRequest.parse(set, period);
        List<Ranked<ScoreLine>> ranked = leaderboards.classBoard(schoolClass.id, board.setId(), board.period());
        String stream = "/classes/" + schoolClass.code + "/leaderboard/stream?set=" + board.setId() + "&period="
                + board.period().param();
        return Templates.classBoard(schoolClass, BoardView.of(ranked, who.learnerId(), config.top()),
                setChoices(board.setId()), board.period().param(), stream);
    }

    /** Server-sent events: the board's rows as HTML, now and after every change, for htmx's SSE extension. */
    @GET
    @Path("classes/{code}/leaderboard/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.TEXT_HTML)
    @Blocking // the permission check reads the database; the stream itself is fed from memory
    public Multi<String> classBoardStream(@RestPath String code, @RestQuery Long set, @RestQuery String period) {
        SchoolClass schoolClass = SchoolClass.requireByCode(code);
        Long learnerId = viewer.require(schoolClass).learnerId();
        BoardRequest board = BoardRequest.parse(set, period);
        int top = config.top();
        return snapshots.stream(new LeaderboardSnapshots.BoardKey(schoolClass.id, board.setId(), board.period()))
                // One line per event: the SSE data field then needs no splitting.
                .map(ranked -> Templates.classBoard$rows(BoardView.of(ranked, learnerId, top)).render()
                        .replaceAll("\\s*\\R\\s*", " "));
    }

    @GET
    @Path("leaderboard/classes")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance classes(@RestQuery Long set, @RestQuery String period) {
        BoardRequest board = BoardRequest.parse(set, period);
        List<ClassRankingResource.Entry> standings = leaderboards.classAgainstClass(board.setId(), board.period())
                .stream().map(ClassRankingResource.Entry::of).toList();
        return Templates.classes(standings, setChoices(board.setId()), board.period().param());
    }

    private static List<SetChoice> setChoices(long selected) {
        List<SetChoice> choices = new java.util.ArrayList<>();
        choices.add(new SetChoice(ScoreAggregates.ALL_SETS, "All sets", selected == ScoreAggregates.ALL_SETS));
        for (QuestionSet set : QuestionSet.listPlayable()) {
            choices.add(new SetChoice(set.id, set.title, set.id == selected));
        }
        return choices;
    }
}
