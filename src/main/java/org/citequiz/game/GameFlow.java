package org.citequiz.game;

/**
 * The legal moves of a game, as pure logic: {@link GameService} computes the target with {@link #apply} and then
 * performs it with an UPDATE conditioned on the starting position, so a move is applied at most once even when
 * two nodes (or a double click) attempt it together.
 */
public final class GameFlow {

    public enum Action {
        START, END_QUESTION, NEXT, SKIP, END
    }

    public record Position(GameState state, int index) {
    }

    /** Thrown for a move that is not allowed from the current position. */
    public static class IllegalMove extends RuntimeException {
        public IllegalMove(String message) {
            super(message);
        }
    }

    private GameFlow() {
    }

    public static Position apply(Position from, Action action, int questionCount) {
        GameState s = from.state();
        int i = from.index();
        return switch (action) {
            case START -> {
                require(s == GameState.LOBBY, "The game has already started.");
                require(questionCount > 0, "The game has no questions.");
                yield new Position(GameState.QUESTION, 0);
            }
            case END_QUESTION -> {
                require(s == GameState.QUESTION, "No question is open.");
                yield new Position(GameState.REVEAL, i);
            }
            case NEXT -> {
                require(s == GameState.REVEAL, "The current question has not been revealed yet.");
                yield advance(i, questionCount);
            }
            case SKIP -> {
                require(s == GameState.QUESTION || s == GameState.REVEAL, "There is no question to skip.");
                yield advance(i, questionCount);
            }
            case END -> {
                require(s != GameState.FINISHED, "The game is already over.");
                yield new Position(GameState.FINISHED, i);
            }
        };
    }

    private static Position advance(int index, int questionCount) {
        return index + 1 < questionCount ? new Position(GameState.QUESTION, index + 1)
                : new Position(GameState.FINISHED, index);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalMove(message);
        }
    }
}
