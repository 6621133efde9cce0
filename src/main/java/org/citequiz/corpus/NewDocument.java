package org.citequiz.corpus;

import java.time.LocalDate;

/**
 * A document to store, as received. {@code publishedOn} is null when its source gave none; {@code dateSource}
 * says where a given date came from (see {@link DateSource}).
 */
public record NewDocument(String docKey, String title, String publisher, LocalDate publishedOn, String dateSource,
        String text) {
}
