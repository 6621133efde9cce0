package org.citequiz.game;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a viewer of a game sees, loaded once per change and shared by every host screen, player device and
 * stream on this node. Answer keys are only in {@link #reveal}, which is null while a question is open.
 */
public record GameSnapshot(long gameId, long version, String pin, Long classId, String className, String setTitle,
        GameState state, int questionIndex, int questionCount, GameRules rules, Instant questionStartedAt,
        Instant questionDeadline, QuestionView question, Reveal reveal, int answeredCount, List<PlayerLine> standings,
        Map<Long, PlayerLine> byPlayer, Map<Long, AnswerLine> answers, Map<String, Long> playerByLearner) {

    /** A question as players see it: no answer. */
    public record QuestionView(long id, String type, String prompt, List<String> choices) {
    }

    public record ChoiceCount(String choice, int count, int percent, boolean correct) {
    }

    /** The passage that proves the answer, with a link to it highlighted in its document. */
    public record SourceView(long documentId, String title, String quote, int start, int end, String link) {
        public static SourceView of(long documentId, String title, String quote, int start, int end) {
            return new SourceView(documentId, title, quote, start, end,
                    "/documents/" + documentId + "?highlight=" + start + "-" + end + "#highlight");
        }
    }

    public record Reveal(String answer, List<ChoiceCount> distribution, List<SourceView> sources) {
    }

    public record PlayerLine(int rank, long playerId, String name, int score, int correct, int streak) {
    }

    public record AnswerLine(String response, boolean correct, int points, long timeMs) {
    }

    public boolean lobby() {
        return state == GameState.LOBBY;
    }

    public boolean asking() {
        return state == GameState.QUESTION;
    }

    public boolean revealing() {
        return state == GameState.REVEAL;
    }

    public boolean finished() {
        return state == GameState.FINISHED;
    }

    public int questionNumber() {
        return questionIndex + 1;
    }

    public int playerCount() {
        return standings.size();
    }

    public List<PlayerLine> podium() {
        return standings.stream().limit(3).toList();
    }

    public Optional<PlayerLine> player(long playerId) {
        return Optional.ofNullable(byPlayer.get(playerId));
    }

    /** The player id of the learner with this public id (from their cookie), if they joined this game. */
    public Optional<Long> playerOfLearner(String learnerPublicId) {
        return Optional.ofNullable(learnerPublicId == null ? null : playerByLearner.get(learnerPublicId));
    }

    public Optional<AnswerLine> answerOf(long playerId) {
        return Optional.ofNullable(answers.get(playerId));
    }

    public long remainingMs(Instant now) {
        return state == GameState.QUESTION && questionDeadline != null
                ? Math.max(0, questionDeadline.toEpochMilli() - now.toEpochMilli()) : 0;
    }

    public List<String> ruleLines() {
        return GameScoring.describe(rules);
    }
}
