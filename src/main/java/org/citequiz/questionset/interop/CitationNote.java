package org.citequiz.questionset.interop;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The citation written into an exported question's general feedback, and read back on import:
 * <pre>
 * Source: Document title — Publisher, 2024-03-01
 * “the cited passage”
 * </pre>
 * one pair of lines per cited passage, after the question's own feedback.
 */
public final class CitationNote {

    static final String PREFIX = "Source: ";
    private static final Pattern QUOTED = Pattern.compile("^[“\"](.*)[”\"]$", Pattern.DOTALL);

    private CitationNote() {
    }

    public record Split(String feedback, List<CitedPassage> sources) {
    }

    /** The document as the note names it: title, then publisher and date when known. */
    public static String label(String title, String publisher, java.time.LocalDate publishedOn) {
        StringBuilder label = new StringBuilder(title == null ? "" : title.strip());
        if (publisher != null && !publisher.isBlank()) {
            label.append(" — ").append(publisher.strip());
        }
        if (publishedOn != null) {
            label.append(", ").append(publishedOn);
        }
        return label.toString();
    }

    /** Feedback followed by one citation per source; null when there is neither. */
    public static String compose(String feedback, List<CitedPassage> sources) {
        List<String> parts = new ArrayList<>();
        if (feedback != null && !feedback.isBlank()) {
            parts.add(feedback.strip());
        }
        for (CitedPassage s : sources) {
            // A passage is one quoted line, so line breaks inside it become spaces.
            parts.add(PREFIX + label(s.documentTitle(), s.publisher(), s.publishedOn()) + "\n“"
                    + s.passage().strip().replaceAll("\\s*\\n\\s*", " ") + "”");
        }
        return parts.isEmpty() ? null : String.join("\n\n", parts);
    }

    /** Separates citations (label + quoted passage, not yet matched to a document) from the rest of the feedback. */
    public static Split split(String text) {
        if (text == null || !text.contains(PREFIX)) {
            return new Split(text, List.of());
        }
        List<CitedPassage> sources = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith(PREFIX) && i + 1 < lines.size()) {
                var quoted = QUOTED.matcher(lines.get(i + 1).strip());
                if (quoted.matches()) {
                    sources.add(CitedPassage.unresolved(line.substring(PREFIX.length()).strip(), quoted.group(1)));
                    i++;
                    continue;
                }
            }
            kept.add(lines.get(i));
        }
        String feedback = String.join("\n", kept).strip();
        return new Split(feedback.isEmpty() ? null : feedback, sources);
    }
}
