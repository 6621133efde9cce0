package org.citequiz.questionset;

import java.time.LocalDate;
import java.util.List;

/**
 * bundle.json of a question-set bundle folder.
 *
 * @param slug stable identity of the set; re-loading the bundle updates this set
 * @param autoApprove whether generated questions at or above {@code autoApproveThreshold} are approved without review
 */
public record BundleManifest(String slug, String title, String description, Boolean autoApprove,
        Double autoApproveThreshold, List<Entry> documents) {

    /**
     * @param file file name inside the bundle folder
     * @param dateSource where {@code publishedOn} came from (e.g. "metadata: publisher's header", "editor")
     */
    public record Entry(String file, String title, String publisher, LocalDate publishedOn, String dateSource) {
    }
}
