package org.citequiz.game;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What the game API returns. */
public final class GameViews {

    private GameViews() {
    }

    public record Created(long id, String pin) {
    }

    public record Moved(String state, int questionIndex) {
        static Moved of(GameFlow.Position p) {
            return new Moved(p.state().name(), p.index());
        }
    }

    public record Joined(long gameId, long playerId) {
    }

    public record You(long playerId, String name, int score, int rank, int players, boolean answered, Boolean correct,
            Integer points, int streak) {

        static Optional<You> of(GameSnapshot s, Long playerId) {
            if (playerId == null) {
                return Optional.empty();
            }
            return s.player(playerId).map(line -> {
                Optional<GameSnapshot.AnswerLine> answer = s.answerOf(playerId);
                return new You(playerId, line.name(), line.score(), line.rank(), s.playerCount(), answer.isPresent(),
                        answer.map(GameSnapshot.AnswerLine::correct).orElse(null),
                        answer.map(GameSnapshot.AnswerLine::points).orElse(null), line.streak());
            });
        }
    }

    public record Standing(int rank, String name, int score, int correct) {
        static Standing of(GameSnapshot.PlayerLine line) {
            return new Standing(line.rank(), line.name(), line.score(), line.correct());
        }
    }

    /**
     * A player's view of the game. {@code answer} and {@code reveal} are null while the question is open: the key is
     * never sent before the reveal.
     */
    public record State(long gameId, String state, int questionIndex, int questionCount, int secondsPerQuestion,
            long remainingMs, List<String> rules, GameSnapshot.QuestionView question, String answer,
            GameSnapshot.Reveal reveal, int answered, int players, You you) {

        static State of(GameSnapshot s, Long playerId, Instant now) {
            return new State(s.gameId(), s.state().name(), s.questionIndex(), s.questionCount(),
                    s.rules().secondsPerQuestion(), s.remainingMs(now), s.ruleLines(), s.question(),
                    s.reveal() == null ? null : s.reveal().answer(), s.reveal(), s.answeredCount(), s.playerCount(),
                    You.of(s, playerId).orElse(null));
        }
    }

    public record Results(String state, List<Standing> podium, List<Standing> ranks, You you) {
        static Results of(GameSnapshot s, Long playerId) {
            return new Results(s.state().name(), s.podium().stream().map(Standing::of).toList(),
                    s.standings().stream().map(Standing::of).toList(), You.of(s, playerId).orElse(null));
        }
    }

    public record AnswerResult(boolean accepted, Boolean correct, Integer points, int score) {
        static AnswerResult of(GameService.AnswerResult r) {
            return new AnswerResult(r.accepted(), r.correct(), r.points(), r.score());
        }
    }
}
