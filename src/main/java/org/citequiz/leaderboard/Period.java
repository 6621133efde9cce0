package org.citequiz.leaderboard;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import org.citequiz.web.ProblemException;

/** The time span a board covers: all time, or the current ISO week (Monday to Sunday, UTC). */
public enum Period {
    ALL, WEEK;

    static final String ALL_KEY = "all";

    /** The aggregate rows' {@code period} value for a moment: "all", or the week's Monday as yyyy-mm-dd. */
    public String key(Instant at) {
        return this == ALL ? ALL_KEY : weekStart(at).toString();
    }

    public static LocalDate weekStart(Instant at) {
        return at.atOffset(ZoneOffset.UTC).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Period parse(String value) {
        if (value == null || value.isBlank() || value.equalsIgnoreCase("all")) {
            return ALL;
        }
        if (value.equalsIgnoreCase("week")) {
            return WEEK;
        }
        throw ProblemException.badRequest("period must be 'all' or 'week'.");
    }
}
