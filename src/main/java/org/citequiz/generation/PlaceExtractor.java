package org.citequiz.generation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds places tied to events: "a summit in Rome", "a conference in Moscow", "met in Brussels", "the Brussels
 * meeting", "NATO's Chicago Summit". A place is a gazetteer entry, or a capitalised name ending in a venue word.
 */
final class PlaceExtractor {

    private static final Pattern PLACE_NAME = Pattern.compile("[A-Z][\\p{L}.'’-]*(?:\\s+(?:de\\s+|of\\s+)?[A-Z][\\p{L}.'’-]*){0,3}");
    private static final Pattern PREPOSITION_THEN_CAPITAL = Pattern.compile("\\s(?:in|at)\\s+(?:the\\s+)?(?=[A-Z])");
    private static final Set<String> CLAUSE_WORDS = Set.of("which", "who", "where", "when", "because", "said",
            "after", "before", "and", "but", "while");
    private static final Pattern PLACE_THEN_EVENT = Pattern.compile(
            "\\b(" + Lexicon.MONTH_PATTERN.replace("\\.", "\\.") + ")?([A-Z][\\p{L}-]+(?:\\s+[A-Z][\\p{L}-]+)?)(?:['’]s)?\\s+([Ss]ummit|[Mm]eeting|[Cc]onference|[Tt]alks|[Ff]orum|[Mm]arathon|[Gg]ames|[Ff]estival)\\b");
    private static final Set<String> VENUE_WORDS = Set.of("Center", "Centre", "Stadium", "Hall", "Park", "Square",
            "Arena", "Airport", "Base", "Palace", "Cathedral", "Museum", "Station", "Island", "Bay", "Valley",
            "Field", "Garden", "Gardens", "Street", "Avenue", "Bridge", "Port", "Harbour", "Harbor", "Cosmodrome",
            "Spaceport", "Headquarters");

    List<PlaceFact> extract(Sentence sentence) {
        String s = sentence.text();
        List<PlaceFact> facts = new ArrayList<>();
        Matcher m = PREPOSITION_THEN_CAPITAL.matcher(s);
        while (m.find()) {
            String event = eventBefore(s, m.start());
            if (event == null) {
                continue;
            }
            Place place = placeAt(s, m.end());
            if (place == null) {
                continue;
            }
            facts.add(new PlaceFact(sentence, sentence.start() + m.end(), sentence.start() + m.end() + place.name.length(),
                    place.name, event, place.type));
        }
        m = PLACE_THEN_EVENT.matcher(s);
        while (m.find()) {
            if (m.group(1) != null) {
                continue;
            }
            String name = m.group(2);
            String type = typeOf(name);
            if (!"city".equals(type)) {
                continue; // "the Afghanistan meeting" is about a country, not held in it
            }
            facts.add(new PlaceFact(sentence, sentence.start() + m.start(2), sentence.start() + m.end(2), name,
                    m.group(3).toLowerCase(Locale.ROOT), type));
        }
        facts.sort(java.util.Comparator.comparingInt(PlaceFact::start));
        List<PlaceFact> distinct = new ArrayList<>();
        for (PlaceFact f : facts) {
            if (distinct.stream().noneMatch(d -> d.start() == f.start())) {
                distinct.add(f);
            }
        }
        return distinct;
    }

    /** The event noun (or meeting verb) at most six words before {@code at}, within the same clause. */
    private static String eventBefore(String s, int at) {
        int end = at;
        for (int words = 0; words < 7 && end > 0; words++) {
            int start = end;
            while (start > 0 && !Character.isWhitespace(s.charAt(start - 1))) {
                start--;
            }
            String raw = s.substring(start, end);
            String word = raw.toLowerCase(Locale.ROOT);
            if (raw.endsWith(",") || raw.endsWith(";") || raw.endsWith(".") || raw.endsWith(":")
                    || raw.indexOf('"') >= 0 || raw.indexOf('“') >= 0 || raw.indexOf('”') >= 0) {
                if (words > 0) {
                    return null;
                }
            }
            if (CLAUSE_WORDS.contains(word)) {
                return null;
            }
            if (Lexicon.EVENT_NOUNS.contains(word)) {
                return word;
            }
            if (Lexicon.PLACE_VERBS.contains(word)) {
                return "meeting";
            }
            end = start - 1;
            while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
                end--;
            }
        }
        return null;
    }

    private record Place(String name, String type) {
    }

    /** The longest gazetteer or venue name starting at {@code from}. */
    private static Place placeAt(String s, int from) {
        Matcher m = PLACE_NAME.matcher(s);
        if (!m.find(from) || m.start() != from) {
            return null;
        }
        String[] words = m.group().replaceAll("['’]s$", "").split("\\s+");
        for (int n = words.length; n >= 1; n--) {
            String candidate = String.join(" ", java.util.Arrays.copyOf(words, n)).replaceAll("[.,]$", "");
            String type = typeOf(candidate);
            if (type != null) {
                return new Place(candidate, type);
            }
        }
        return null;
    }

    static String typeOf(String name) {
        if (Lexicon.isCountry(name)) {
            return "country";
        }
        if (Lexicon.isCity(name)) {
            return "city";
        }
        String[] words = name.split("\\s+");
        if (words.length >= 2 && VENUE_WORDS.contains(words[words.length - 1])) {
            return "place";
        }
        return null;
    }
}
