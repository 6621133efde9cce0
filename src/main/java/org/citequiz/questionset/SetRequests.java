package org.citequiz.questionset;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Request bodies of the question-set API. */
public final class SetRequests {

    private SetRequests() {
    }

    public record NewSet(@NotBlank @Size(max = 200) String title, @Size(max = 2000) String description) {
    }

    /** A pasted document; the text size limit is checked against {@code quiz.documents.max-bytes}. */
    public record NewDocumentRequest(@NotBlank @Size(max = 300) String title, @Size(max = 200) String publisher,
            LocalDate publishedOn, @NotBlank(message = "must not be empty") String text) {
    }
}
