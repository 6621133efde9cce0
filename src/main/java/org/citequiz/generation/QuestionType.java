package org.citequiz.generation;

public enum QuestionType {
    MULTIPLE_CHOICE,
    TRUE_FALSE,
    SHORT_ANSWER,
    NUMERIC,
    FILL_IN_BLANK,
    ORDERING;

    /** Separator between items of an ordering answer as a learner reads it. */
    public static final String ORDER_SEPARATOR = " → ";
}
