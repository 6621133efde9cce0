package org.citequiz.corpus;

/** A region of the stored text that is not article content, and why. */
public record Exclusion(int start, int end, String reason) {

    public static final String NAVIGATION = "navigation";
    public static final String STAMP = "stamp";
    public static final String SHARE = "share";
    public static final String LEGAL = "legal";
    public static final String DUPLICATE = "duplicate";
    public static final String CAPTION = "caption";
    public static final String HEADING = "heading";
    public static final String HEADLINE = "headline";
    public static final String DATELINE = "dateline";
}
