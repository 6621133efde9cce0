package org.citequiz.questionset;

/** Fired when an instructor's edit of a question commits, so per-node copies of it can be dropped at once. */
public record QuestionEdited(long questionId) {
}
