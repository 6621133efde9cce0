package org.citequiz.questionset;

import java.util.List;
import org.citequiz.web.ProblemException;

/** A question draft that breaks the rules of its type; the messages are meant for the instructor. */
public class InvalidQuestion extends ProblemException {

    private final List<String> reasons;

    public InvalidQuestion(List<String> reasons) {
        super(400, "The question needs changes", String.join(" ", reasons));
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }
}
