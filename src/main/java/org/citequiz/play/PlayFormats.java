package org.citequiz.play;

import io.quarkus.qute.TemplateExtension;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.citequiz.generation.QuestionType;

/** Computed properties the student pages show, so templates hold no logic. */
@TemplateExtension
public class PlayFormats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);

    static String label(QuestionType type) {
        return switch (type) {
            case MULTIPLE_CHOICE -> "Multiple choice";
            case TRUE_FALSE -> "True or false";
            case SHORT_ANSWER -> "Short answer";
            case NUMERIC -> "Number";
            case FILL_IN_BLANK -> "Fill in the blank";
            case ORDERING -> "Put in order";
        };
    }

    static boolean choosesOne(QuestionType type) {
        return type == QuestionType.MULTIPLE_CHOICE || type == QuestionType.TRUE_FALSE;
    }

    static boolean typed(QuestionType type) {
        return type == QuestionType.SHORT_ANSWER || type == QuestionType.FILL_IN_BLANK;
    }

    static boolean numeric(QuestionType type) {
        return type == QuestionType.NUMERIC;
    }

    static boolean ordering(QuestionType type) {
        return type == QuestionType.ORDERING;
    }

    /** Where the cited passage is shown highlighted in its document. */
    static String link(PlayViews.Citation c) {
        return "/documents/" + c.documentId() + "?highlight=" + c.start() + "-" + c.end() + "#highlight";
    }

    /** The cited document's publication date, as a reader says it. */
    static String date(PlayViews.Citation c) {
        LocalDate date = c.publishedOn();
        return date == null ? "date unknown" : DAY.format(date);
    }

    static String moment(Instant instant) {
        return instant == null ? "" : MOMENT.format(instant);
    }

    static String spoken(Duration d) {
        long seconds = d.toSeconds();
        if (seconds < 60) {
            return seconds + " s";
        }
        return seconds / 60 + " min " + seconds % 60 + " s";
    }

    /** The code as shown: two groups of four. */
    static String shownResumeCode(PlayViews.HistoryPage page) {
        return LearnerNames.formatResumeCode(page.resumeCode());
    }

    static boolean lastQuestion(PlayViews.AttemptSummary attempt) {
        return attempt.answered() >= attempt.total();
    }


    static int maxPoints(PlayViews.AttemptSummary attempt) {
        return attempt.total() * Scoring.FULL_POINTS;
    }
}
