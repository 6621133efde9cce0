package org.citequiz.play;

import java.util.List;

/** A learner's answer as sent: typed or chosen text, or for ordering questions the items in their order. */
public record Submission(String text, List<String> items) {

    public static Submission text(String text) {
        return new Submission(text, null);
    }

    public static Submission ordering(List<String> items) {
        return new Submission(null, List.copyOf(items));
    }

    public boolean isOrdering() {
        return items != null;
    }
}
