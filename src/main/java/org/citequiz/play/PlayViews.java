package org.citequiz.play;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.citequiz.generation.QuestionType;

/** What the play API returns and the student pages show. None of these carries an answer before it is given. */
public final class PlayViews {

    private PlayViews() {
    }

    public record Started(String attemptId, long learnerId, int questionCount) {
    }

    /** The question to answer now: no answer, no marker of the right choice. Position counts from 1. */
    public record NextQuestion(long questionId, QuestionType type, String prompt, List<String> choices, int position,
            int total) {
    }

    public record SourceView(long documentId, String documentTitle, int start, int end, String passage) {
    }

    public record Feedback(boolean correct, String answer, int points, int totalPoints, List<SourceView> sources) {
    }

    public record AttemptSummary(String attemptId, long setId, String learnerName, int answered, int total,
            int correctCount, int totalPoints, boolean finished) {
    }

    public record LearnerView(long learnerId, String learnerName) {
    }

    /** A cited passage with what a reader needs to judge it: title, publisher, date, and where it is. */
    public record Citation(long documentId, String documentTitle, String publisher, LocalDate publishedOn, int start,
            int end, String passage) {

        SourceView api() {
            return new SourceView(documentId, documentTitle, start, end, passage);
        }
    }

    /** One answered question as reviewed after answering: what was asked, said, expected and proven where. */
    public record Reviewed(int position, long questionId, QuestionType type, String prompt, String response,
            boolean correct, int points, String answer, String explanation, List<Citation> citations) {
    }

    /** The outcome of answering, for the API (feedback) and the pages (reviewed + progress). */
    public record Answered(Feedback feedback, Reviewed reviewed, AttemptSummary attempt) {
    }

    public record QuestionPage(AttemptSummary attempt, String setTitle, NextQuestion question) {
    }

    public record FeedbackPage(AttemptSummary attempt, String setTitle, Reviewed reviewed) {
    }

    public record SummaryPage(AttemptSummary attempt, String setTitle, Instant startedAt, Instant finishedAt,
            List<Reviewed> review) {

        public int accuracy() {
            return attempt.answered() == 0 ? 0 : Math.round(100f * attempt.correctCount() / attempt.answered());
        }

        public Duration timeTaken() {
            if (review.isEmpty()) {
                return Duration.ZERO;
            }
            return Duration.between(startedAt, finishedAt != null ? finishedAt : Instant.now());
        }

        /** The passages behind missed questions, each once: what to read next. */
        public List<Citation> readingList() {
            return review.stream().filter(r -> !r.correct()).flatMap(r -> r.citations().stream()).distinct().toList();
        }
    }

    public record HistoryRow(String attemptId, String setTitle, Instant startedAt, int answered, int total,
            int correctCount, int totalPoints, boolean finished) {
    }

    public record HistoryPage(String learnerName, String resumeCode, List<HistoryRow> attempts) {
    }
}
