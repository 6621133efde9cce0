package org.citequiz.questionset;

public enum QuestionOrigin {
    GENERATED,
    /** Generated, then changed by an instructor: regeneration never overwrites or retires it. */
    EDITED,
    AUTHORED,
    IMPORTED
}
