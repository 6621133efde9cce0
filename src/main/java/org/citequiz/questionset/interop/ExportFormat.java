package org.citequiz.questionset.interop;

import java.util.Locale;
import org.citequiz.web.ProblemException;

/** The formats a set's questions are exported to, with the media type and file name ending each is served with. */
public enum ExportFormat {
    GIFT("text/plain; charset=UTF-8", ".gift.txt"),
    MOODLE_XML("application/xml; charset=UTF-8", ".moodle.xml"),
    CSV("text/csv; charset=UTF-8", ".csv");

    public final String mediaType;
    public final String fileSuffix;

    ExportFormat(String mediaType, String fileSuffix) {
        this.mediaType = mediaType;
        this.fileSuffix = fileSuffix;
    }

    public static ExportFormat of(String name) {
        if (name != null) {
            switch (name.strip().toLowerCase(Locale.ROOT)) {
                case "gift":
                    return GIFT;
                case "moodlexml":
                case "xml":
                    return MOODLE_XML;
                case "csv":
                    return CSV;
                default:
                    break;
            }
        }
        throw ProblemException.badRequest("Unknown export format \"" + name
                + "\": use format=gift, format=moodlexml or format=csv.");
    }
}
