package org.citequiz.play;

import java.security.SecureRandom;
import java.util.Locale;
import org.citequiz.web.ProblemException;

/** Display names and resume codes: what a learner types to be known and to come back. */
public final class LearnerNames {

    public static final int MAX_NAME = 40;
    /** No 0/O, 1/I/L: codes are read off a screen and typed on another device. */
    static final String RESUME_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int RESUME_LENGTH = 8;

    private static final SecureRandom RANDOM = new SecureRandom();

    private LearnerNames() {
    }

    /** The name as stored: trimmed, 1–40 characters, no control characters. */
    public static String displayName(String raw) {
        String name = raw == null ? "" : raw.strip();
        if (name.isEmpty()) {
            throw ProblemException.badRequest("Enter a display name.");
        }
        if (name.codePointCount(0, name.length()) > MAX_NAME) {
            throw ProblemException.badRequest("A display name has at most " + MAX_NAME + " characters.");
        }
        if (name.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                || Character.getType(c) == Character.LINE_SEPARATOR
                || Character.getType(c) == Character.PARAGRAPH_SEPARATOR)) {
            throw ProblemException.badRequest("A display name cannot contain control characters.");
        }
        return name;
    }

    public static String newResumeCode() {
        StringBuilder code = new StringBuilder(RESUME_LENGTH);
        for (int i = 0; i < RESUME_LENGTH; i++) {
            code.append(RESUME_ALPHABET.charAt(RANDOM.nextInt(RESUME_ALPHABET.length())));
        }
        return code.toString();
    }

    /** A typed code as stored: case, spaces and dashes ignored. */
    public static String normaliseResumeCode(String typed) {
        if (typed == null) {
            return "";
        }
        String code = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-_.]", "");
        return code.length() > 32 ? "" : code;
    }

    /** The code as shown: two groups of four. */
    public static String formatResumeCode(String code) {
        return code.length() == RESUME_LENGTH ? code.substring(0, 4) + "-" + code.substring(4) : code;
    }
}
