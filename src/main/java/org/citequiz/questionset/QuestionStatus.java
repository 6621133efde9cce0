package org.citequiz.questionset;

public enum QuestionStatus {
    PENDING,
    APPROVED,
    AUTO_APPROVED,
    REJECTED,
    /** A generated question whose fact no longer appears in the current documents; kept for past answers. */
    RETIRED;

    public boolean playable() {
        return this == APPROVED || this == AUTO_APPROVED;
    }
}
