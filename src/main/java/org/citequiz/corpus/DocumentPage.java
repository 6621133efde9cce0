package org.citequiz.corpus;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A document as a reader sees it, cut into view pieces the template only has to print (and Qute escapes):
 * blocks (one per line of the page), runs inside a block (a sentence, an excluded stretch, or the space between),
 * and pieces inside a run (highlighted or not). Nothing is dropped: every character of the stored text that is not
 * line-separating whitespace appears in exactly one piece.
 */
public record DocumentPage(long id, String title, String publisher, String dateLabel, int version, boolean older,
        long currentId, String setTitle, String setHref, boolean hasHeadline, boolean highlighted,
        List<Block> blocks) {

    /** @param tag h1 for the headline, h2 for section headings, p otherwise */
    public record Block(String tag, String id, String cssClass, List<Run> runs) {
    }

    /** @param id element id ("p-{passageId}" for a sentence), or null */
    public record Run(String id, String cssClass, String title, List<Piece> pieces) {
    }

    /** @param anchor the first highlighted piece, which carries id="highlight" */
    public record Piece(String text, boolean marked, boolean anchor) {
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    public static DocumentPage of(DocumentCatalog.StoredDocument stored, Span highlight) {
        Document d = stored.document();
        List<Unit> units = units(d.text, stored.passages(), stored.excluded());
        List<Passage> sentences = stored.passages().stream().filter(p -> Passage.SENTENCE.equals(p.kind)).toList();
        Marker marker = new Marker(highlight);
        List<Block> blocks = new ArrayList<>();
        List<Unit> line = new ArrayList<>();
        for (Unit unit : units) {
            if (!line.isEmpty() && d.text.substring(line.get(line.size() - 1).end, unit.start).indexOf('\n') >= 0) {
                blocks.add(block(d.text, line, sentences, marker));
                line = new ArrayList<>();
            }
            line.add(unit);
        }
        if (!line.isEmpty()) {
            blocks.add(block(d.text, line, sentences, marker));
        }
        boolean hasHeadline = stored.excluded().stream().anyMatch(e -> Exclusion.HEADLINE.equals(e.reason));
        return new DocumentPage(d.id, d.title, d.publisher, dateLabel(d.publishedOn, d.dateSource), d.version,
                !d.current, stored.currentId(), stored.set().title(), stored.set().href(), hasHeadline,
                highlight != null, blocks);
    }

    static String dateLabel(LocalDate date, String source) {
        if (date == null) {
            return "Date unknown";
        }
        String label = DATE.format(date);
        return DateSource.ARTICLE.equals(source) ? label + " (as printed with the article)" : label;
    }

    /** A paragraph, an excluded region, or leftover text that is neither (shown muted, never hidden). */
    private record Unit(int start, int end, Long paragraphId, String reason) {
    }

    private static List<Unit> units(String text, List<Passage> passages, List<ExcludedRegion> excluded) {
        List<Unit> units = new ArrayList<>();
        for (Passage p : passages) {
            if (Passage.PARAGRAPH.equals(p.kind)) {
                units.add(new Unit(p.start, p.end, p.id, null));
            }
        }
        for (ExcludedRegion e : excluded) {
            units.add(new Unit(e.start, e.end, null, e.reason));
        }
        units.sort(Comparator.comparingInt(Unit::start));
        List<Unit> complete = new ArrayList<>();
        int pos = 0;
        for (Unit unit : units) {
            addLeftovers(text, pos, unit.start, complete);
            complete.add(unit);
            pos = Math.max(pos, unit.end);
        }
        addLeftovers(text, pos, text.length(), complete);
        return complete;
    }

    private static void addLeftovers(String text, int from, int to, List<Unit> out) {
        for (TextLine line : TextLine.split(text.substring(Math.min(from, to), to))) {
            out.add(new Unit(from + line.start(), from + line.end(), null, "other"));
        }
    }

    private static Block block(String text, List<Unit> units, List<Passage> sentences, Marker marker) {
        List<Run> runs = new ArrayList<>();
        String id = null;
        int pos = units.get(0).start;
        for (Unit unit : units) {
            if (pos < unit.start) {
                runs.add(new Run(null, null, null, marker.pieces(text, pos, unit.start)));
            }
            if (unit.paragraphId != null) {
                id = "p-" + unit.paragraphId;
                runs.addAll(sentenceRuns(text, unit, sentences, marker));
            } else {
                runs.add(new Run(null, "boilerplate reason-" + unit.reason, "Not article text: " + unit.reason,
                        marker.pieces(text, unit.start, unit.end)));
            }
            pos = unit.end;
        }
        Unit only = units.size() == 1 ? units.get(0) : null;
        String tag = only != null && Exclusion.HEADLINE.equals(only.reason) ? "h1"
                : only != null && Exclusion.HEADING.equals(only.reason) ? "h2" : "p";
        // The muted look sits on the excluded spans; the block only says what it is.
        String cssClass = id != null ? "paragraph" : "excluded reason-" + units.get(0).reason;
        return new Block(tag, id, cssClass, runs);
    }

    private static List<Run> sentenceRuns(String text, Unit paragraph, List<Passage> sentences, Marker marker) {
        List<Run> runs = new ArrayList<>();
        int pos = paragraph.start;
        for (Passage s : sentences) {
            if (s.start < paragraph.start || s.end > paragraph.end) {
                continue;
            }
            if (pos < s.start) {
                runs.add(new Run(null, null, null, marker.pieces(text, pos, s.start)));
            }
            runs.add(new Run("p-" + s.id, "sentence", null, marker.pieces(text, s.start, s.end)));
            pos = s.end;
        }
        if (pos < paragraph.end) {
            runs.add(new Run(null, null, null, marker.pieces(text, pos, paragraph.end)));
        }
        return runs;
    }

    /** Cuts stretches of text at the highlight's edges; the first highlighted piece becomes the anchor. */
    private static final class Marker {
        private final Span highlight;
        private boolean anchored;

        Marker(Span highlight) {
            this.highlight = highlight;
        }

        List<Piece> pieces(String text, int start, int end) {
            List<Piece> pieces = new ArrayList<>();
            if (highlight == null || !highlight.overlaps(start, end)) {
                pieces.add(new Piece(text.substring(start, end), false, false));
                return pieces;
            }
            int from = Math.max(start, highlight.start());
            int to = Math.min(end, highlight.end());
            if (start < from) {
                pieces.add(new Piece(text.substring(start, from), false, false));
            }
            pieces.add(new Piece(text.substring(from, to), true, !anchored));
            anchored = true;
            if (to < end) {
                pieces.add(new Piece(text.substring(to, end), false, false));
            }
            return pieces;
        }
    }
}
