package org.citequiz.questionset.interop;

import java.util.List;

/**
 * What a parser read from a file: the questions Citequiz can play, the ones it recognised but cannot play
 * (skipped, with why), and the ones it could not read (errors). Every entry carries the line it starts on.
 */
public record ParsedFile(List<PortableQuestion> questions, List<Skipped> skipped, List<LineError> errors) {

    public record Skipped(int line, String reason) {
    }

    public record LineError(int line, String message) {
    }

    /** Questions recognised in the file, playable or not. */
    public int recognised() {
        return questions.size() + skipped.size();
    }
}
