package org.citequiz.questionset.interop;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to an import: how many questions were stored, and which were skipped or unreadable, by line. */
@Schema(description = "Outcome of an import")
public record ImportReport(
        @Schema(description = "Questions stored in the set", example = "5") int imported,
        @Schema(description = "Recognised questions Citequiz cannot play as written, or already in the set") List<ParsedFile.Skipped> skipped,
        @Schema(description = "Questions that do not follow the format") List<ParsedFile.LineError> errors) {
}
