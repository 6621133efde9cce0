package org.citequiz.game;

/** Where a live game is: players gather in the LOBBY, then each question is asked (QUESTION) and revealed (REVEAL). */
public enum GameState {
    LOBBY,
    QUESTION,
    REVEAL,
    FINISHED
}
