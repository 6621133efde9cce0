package org.citequiz.generation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * General English resources the extractors rely on: month and weekday names, number words, role titles, speech
 * verbs, event nouns, and a world gazetteer (countries, capitals, major cities, demonyms). Nothing here is taken
 * from a particular document.
 */
final class Lexicon {

    static final Map<String, Integer> MONTHS = new HashMap<>();
    static final String MONTH_PATTERN = "January|February|March|April|May|June|July|August|September|October|November"
            + "|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\.|Nov\\.|Dec\\.";
    static final String[] MONTH_NAMES = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};
    static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();
    static final String WEEKDAY_PATTERN = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
    static final Map<String, Long> NUMBER_WORDS = new HashMap<>();
    static final String NUMBER_WORD_PATTERN;
    static final Map<String, Long> SCALES = Map.of("hundred", 100L, "thousand", 1_000L, "million", 1_000_000L,
            "billion", 1_000_000_000L, "trillion", 1_000_000_000_000L);

    /** Role titles, longest first so "Foreign Minister" wins over "Minister". */
    static final List<String> ROLES = List.of("Secretary-General", "Secretary General", "Deputy Secretary General",
            "Secretary of State", "Vice President", "Prime Minister", "Foreign Minister", "Defense Minister",
            "Defence Minister", "Finance Minister", "Interior Minister", "Health Minister", "Education Minister",
            "Economy Minister", "Energy Minister", "Trade Minister", "Transport Minister", "Justice Minister",
            "Culture Minister", "Environment Minister", "Agriculture Minister", "Labour Minister", "Labor Minister",
            "Sports Minister", "Science Minister", "Transport Secretary", "Home Secretary", "Foreign Secretary", "Deputy Prime Minister", "Deputy Mayor",
            "Deputy Foreign Minister", "Minister", "President", "Chancellor", "King", "Queen", "Prince", "Ambassador",
            "Chairman", "Chairwoman", "Chair", "Mayor", "Governor", "Senator", "Congressman", "Congresswoman",
            "Councillor", "Councilor", "Council Member", "Commissioner", "Commander", "General", "Admiral", "Colonel",
            "Director", "Director General", "Chief Executive", "CEO", "Spokesman", "Spokeswoman", "Spokesperson",
            "Coach", "Head Coach", "Captain", "Manager", "Chief", "Police Chief", "Fire Chief", "Judge", "Justice",
            "Speaker", "Pope", "Sheriff", "Superintendent", "Principal", "Professor", "Astronaut", "Commander",
            "Flight Director", "Mission Commander", "Administrator", "Treasurer", "Auditor", "Envoy", "Chief Engineer",
            "Chief Scientist", "Archbishop", "Bishop", "Emperor", "Premier", "Minister of Foreign Affairs",
            "Minister of Defence", "Minister of Defense", "Attorney General", "Chief of Staff");

    static final Set<String> SPEECH_VERBS = Set.of("said", "says", "added", "adds", "noted", "notes", "told", "tells",
            "stated", "states", "declared", "declares", "explained", "explains", "insisted", "insists", "warned",
            "warns", "argued", "argues", "remarked", "recalled", "stressed", "stresses", "asked", "asks", "replied",
            "answered", "announced", "announces", "commented", "observed", "wrote", "writes", "continued", "concluded",
            "acknowledged", "admitted", "emphasized", "emphasised", "urged", "urges", "predicted", "promised");

    /** Nouns naming events that happen somewhere. */
    static final Set<String> EVENT_NOUNS = Set.of("summit", "meeting", "conference", "talks", "session", "speech",
            "exercise", "exercises", "ceremony", "visit", "forum", "match", "game", "launch", "election", "festival",
            "rally", "hearing", "trial", "race", "concert", "congress", "parade", "signing", "convention", "meetings",
            "summits", "conferences", "tournament", "final", "competition", "assembly", "gathering", "negotiations",
            "landing", "lift-off", "liftoff", "splashdown", "vote", "debate", "briefing", "opening", "meet");

    static final Set<String> PLACE_VERBS = Set.of("met", "meet", "meets", "held", "hosted", "gathered", "convened",
            "landed", "launched", "opened", "played", "signed", "assembled");

    static final Set<String> STOPWORDS = Set.of("the", "a", "an", "of", "in", "on", "at", "to", "for", "and", "or",
            "but", "with", "by", "from", "that", "this", "these", "those", "is", "are", "was", "were", "be", "been",
            "has", "have", "had", "it", "its", "as", "which", "who", "whom", "he", "she", "they", "we", "i", "you",
            "his", "her", "their", "our", "my", "your", "not", "no", "also", "said", "says", "will", "would", "can",
            "could", "should", "may", "might", "than", "then", "there", "here", "so", "if", "more", "most", "all",
            "any", "some", "such", "into", "about", "over", "after", "before", "between", "up", "out", "mr", "mrs",
            "ms", "one", "two");

    static final Set<String> PRONOUNS = Set.of("he", "she", "He", "She");

    /** Country name → capital; capital/city → country; demonym → country. */
    static final Map<String, String> CAPITALS = new HashMap<>();
    static final Map<String, String> CITIES = new HashMap<>();
    static final Map<String, String> DEMONYMS = new HashMap<>();
    /** Sorted so that fallbacks are deterministic. */
    static final List<String> CITY_LIST = new ArrayList<>();
    static final List<String> COUNTRY_LIST = new ArrayList<>();

    static {
        for (int i = 0; i < 12; i++) {
            String name = MONTH_NAMES[i];
            MONTHS.put(name.toLowerCase(Locale.ROOT), i + 1);
            MONTHS.put(name.substring(0, 3).toLowerCase(Locale.ROOT), i + 1);
        }
        MONTHS.put("sept", 9);
        for (DayOfWeek d : DayOfWeek.values()) {
            WEEKDAYS.put(d.name().toLowerCase(Locale.ROOT), d);
        }
        String[] units = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        for (int i = 0; i < units.length; i++) {
            NUMBER_WORDS.put(units[i], (long) i);
        }
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < tens.length; i++) {
            NUMBER_WORDS.put(tens[i], (long) (20 + 10 * i));
            for (int u = 1; u < 10; u++) {
                NUMBER_WORDS.put(tens[i] + "-" + units[u], (long) (20 + 10 * i + u));
            }
        }
        NUMBER_WORDS.put("dozen", 12L);
        List<String> words = new ArrayList<>(NUMBER_WORDS.keySet());
        words.remove("zero");
        words.remove("dozen");
        words.sort((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b));
        NUMBER_WORD_PATTERN = String.join("|", words);
        loadGazetteer();
        CITY_LIST.addAll(CITIES.keySet());
        CITY_LIST.sort(null);
        COUNTRY_LIST.addAll(CAPITALS.keySet());
        COUNTRY_LIST.sort(null);
    }

    private Lexicon() {
    }

    private static void loadGazetteer() {
        try (InputStream in = Lexicon.class.getResourceAsStream("/generation/gazetteer.txt")) {
            if (in == null) {
                throw new IllegalStateException("generation/gazetteer.txt missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String section = "";
            for (String line; (line = reader.readLine()) != null;) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[")) {
                    section = line;
                    continue;
                }
                String[] f = line.split("\\|");
                if (section.equals("[countries]")) {
                    CAPITALS.put(f[0], f[1]);
                    CITIES.put(f[1], f[0]);
                    DEMONYMS.put(f[2], f[0]);
                } else {
                    CITIES.put(f[0], f[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isCountry(String name) {
        return CAPITALS.containsKey(name);
    }

    static boolean isCity(String name) {
        return CITIES.containsKey(name);
    }

    static boolean isPlace(String name) {
        return isCountry(name) || isCity(name);
    }

    static Integer month(String token) {
        String t = token.toLowerCase(Locale.ROOT).replace(".", "");
        return MONTHS.get(t);
    }

    /** Parses "2,000", "3.5", "seven", "twenty-one"; null when not a number. */
    static Double number(String token) {
        String t = token.toLowerCase(Locale.ROOT);
        Long word = NUMBER_WORDS.get(t);
        if (word != null) {
            return word.doubleValue();
        }
        try {
            return Double.parseDouble(t.replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
