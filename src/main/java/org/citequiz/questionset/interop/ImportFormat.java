package org.citequiz.questionset.interop;

import java.util.Locale;
import org.citequiz.web.ProblemException;

/** The formats questions are imported from. */
public enum ImportFormat {
    GIFT,
    AIKEN;

    public ParsedFile parse(String text) {
        return switch (this) {
            case GIFT -> new GiftParser().parse(text);
            case AIKEN -> new AikenParser().parse(text);
        };
    }

    public static ImportFormat of(String name) {
        if (name != null) {
            switch (name.strip().toLowerCase(Locale.ROOT)) {
                case "gift":
                    return GIFT;
                case "aiken":
                    return AIKEN;
                default:
                    break;
            }
        }
        throw ProblemException.badRequest("Unknown import format \"" + name + "\": use format=gift or format=aiken.");
    }
}
