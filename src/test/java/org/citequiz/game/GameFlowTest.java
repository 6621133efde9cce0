package org.citequiz.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.citequiz.game.GameFlow.Action;
import org.citequiz.game.GameFlow.Position;
import org.junit.jupiter.api.Test;

class GameFlowTest {

    private static Position at(GameState state, int index) {
        return new Position(state, index);
    }

    @Test
    void aGameRunsLobbyQuestionRevealNextToFinished() {
        Position p = at(GameState.LOBBY, -1);
        p = GameFlow.apply(p, Action.START, 2);
        assertEquals(at(GameState.QUESTION, 0), p);
        p = GameFlow.apply(p, Action.END_QUESTION, 2);
        assertEquals(at(GameState.REVEAL, 0), p);
        p = GameFlow.apply(p, Action.NEXT, 2);
        assertEquals(at(GameState.QUESTION, 1), p);
        p = GameFlow.apply(p, Action.END_QUESTION, 2);
        p = GameFlow.apply(p, Action.NEXT, 2);
        assertEquals(at(GameState.FINISHED, 1), p);
    }

    @Test
    void skipMovesOnFromAnOpenOrRevealedQuestion() {
        assertEquals(at(GameState.QUESTION, 3), GameFlow.apply(at(GameState.QUESTION, 2), Action.SKIP, 5));
        assertEquals(at(GameState.QUESTION, 3), GameFlow.apply(at(GameState.REVEAL, 2), Action.SKIP, 5));
        assertEquals(at(GameState.FINISHED, 4), GameFlow.apply(at(GameState.QUESTION, 4), Action.SKIP, 5));
    }

    @Test
    void endFinishesFromAnywhereButOnlyOnce() {
        assertEquals(GameState.FINISHED, GameFlow.apply(at(GameState.LOBBY, -1), Action.END, 3).state());
        assertEquals(GameState.FINISHED, GameFlow.apply(at(GameState.QUESTION, 1), Action.END, 3).state());
        assertThrows(GameFlow.IllegalMove.class, () -> GameFlow.apply(at(GameState.FINISHED, 1), Action.END, 3));
    }

    @Test
    void illegalMovesAreRefused() {
        assertThrows(GameFlow.IllegalMove.class, () -> GameFlow.apply(at(GameState.QUESTION, 0), Action.START, 3));
        assertThrows(GameFlow.IllegalMove.class, () -> GameFlow.apply(at(GameState.QUESTION, 0), Action.NEXT, 3));
        assertThrows(GameFlow.IllegalMove.class, () -> GameFlow.apply(at(GameState.REVEAL, 0), Action.END_QUESTION, 3));
        assertThrows(GameFlow.IllegalMove.class, () -> GameFlow.apply(at(GameState.LOBBY, -1), Action.SKIP, 3));
        assertThrows(GameFlow.IllegalMove.class, () -> GameFlow.apply(at(GameState.LOBBY, -1), Action.START, 0));
    }

    @Test
    void replayingAMoveFromItsResultIsRefusedSoADoubleClickCannotSkipAQuestion() {
        Position revealed = at(GameState.REVEAL, 0);
        Position next = GameFlow.apply(revealed, Action.NEXT, 3);
        assertThrows(GameFlow.IllegalMove.class, () -> GameFlow.apply(next, Action.NEXT, 3));
    }
}
