package org.citequiz.questionset.interop;

/** The sizes the question table holds; a longer field is reported as an error rather than cut. */
final class ImportLimits {

    static final int PROMPT = 4000;
    static final int ANSWER = 2000;
    static final int CATEGORY = 200;
    static final int FEEDBACK = 4000;

    private ImportLimits() {
    }

    static PortableQuestion check(PortableQuestion q) {
        require(q.prompt(), PROMPT, "question text");
        require(q.answer(), ANSWER, "answer");
        require(q.category(), CATEGORY, "category name");
        require(q.feedback(), FEEDBACK, "feedback");
        return q;
    }

    private static void require(String value, int limit, String what) {
        if (value != null && value.length() > limit) {
            throw new GiftParser.Unreadable("The " + what + " is " + value.length() + " characters long; at most "
                    + limit + " fit.");
        }
    }
}
