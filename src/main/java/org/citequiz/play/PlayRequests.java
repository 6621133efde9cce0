package org.citequiz.play;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.citequiz.web.ProblemException;
import org.jboss.resteasy.reactive.RestForm;

/** Request bodies of the play API and forms of the student pages. */
public final class PlayRequests {

    static final int MAX_ITEMS = 50;

    private PlayRequests() {
    }

    public record StartAttempt(Long setId, String learnerName, String classCode) {
    }

    /** {@code response} is a string (a number is accepted too), or for ordering questions an array of strings. */
    public record AnswerQuestion(Long questionId, JsonNode response) {

        Submission submission() {
            if (response == null || response.isNull()) {
                throw ProblemException.badRequest("Give a response.");
            }
            if (response.isArray()) {
                if (response.size() > MAX_ITEMS) {
                    throw ProblemException.badRequest("Too many items.");
                }
                List<String> items = new ArrayList<>();
                for (JsonNode item : response) {
                    if (!item.isTextual()) {
                        throw ProblemException.badRequest("An ordering response is a list of strings.");
                    }
                    items.add(item.textValue());
                }
                return Submission.ordering(items);
            }
            if (response.isTextual() || response.isNumber() || response.isBoolean()) {
                return Submission.text(response.asText());
            }
            throw ProblemException.badRequest("A response is a string, or a list of strings for ordering questions.");
        }
    }

    public record Resume(String resumeCode) {
    }

    /** The start form of the student pages. */
    public static class StartForm {
        @RestForm
        public String learnerName;
        @RestForm
        public String classCode;
    }

    /**
     * The answer form: {@code response} for every type but ordering, whose items come as pairs of {@code item}
     * (the item's text) and {@code rank} (the position the learner gave it), in page order.
     */
    public static class AnswerForm {
        @RestForm
        public Long questionId;
        @RestForm
        public String response;
        @RestForm
        public List<String> item;
        @RestForm
        public List<String> rank;

        Submission submission() {
            if (item == null || item.isEmpty()) {
                return Submission.text(response);
            }
            if (rank == null || rank.size() != item.size() || item.size() > MAX_ITEMS) {
                throw ProblemException.badRequest("Give every item a position.");
            }
            String[] ordered = new String[item.size()];
            for (int i = 0; i < item.size(); i++) {
                int position;
                try {
                    position = Integer.parseInt(rank.get(i).strip());
                } catch (NumberFormatException e) {
                    throw ProblemException.badRequest("Give every item a position.");
                }
                if (position < 1 || position > ordered.length || ordered[position - 1] != null) {
                    throw ProblemException.badRequest("Give each item a different position, from 1 to "
                            + ordered.length + ".");
                }
                ordered[position - 1] = item.get(i);
            }
            return Submission.ordering(List.of(ordered));
        }
    }

    public static class ResumeForm {
        @RestForm
        public String resumeCode;
    }
}
