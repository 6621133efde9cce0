package org.citequiz.corpus;

/** Where a document's publication date came from. */
public final class DateSource {
    public static final String METADATA = "metadata";
    public static final String UPLOAD = "upload";
    public static final String ARTICLE = "article";
    public static final String UNKNOWN = "unknown";

    private DateSource() {
    }
}
