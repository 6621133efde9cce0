import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prepares the play benchmark (run with the JDK's single-file launcher, no dependencies): starts attempts
 * through the public API and writes one line per attempt for wrk's Lua scripts:
 * attemptId TAB learner-cookie TAB JSON body answering the attempt's current question.
 *
 * Usage: java PlayBenchSetup.java http://127.0.0.1:8089 <setId> <attempts> <out-file>
 */
public class PlayBenchSetup {

    /** Answers per learner (each in its own one-question attempt). */
    static final int PER_LEARNER = Integer.parseInt(System.getenv().getOrDefault("ANSWERS_PER_LEARNER", "10"));

    static final Pattern ATTEMPT = Pattern.compile("\"attemptId\":\"([^\"]+)\"");
    static final Pattern QUESTION = Pattern.compile("\"questionId\":(\\d+)");
    static final Pattern TYPE = Pattern.compile("\"type\":\"([A-Z_]+)\"");
    static final Pattern CHOICES = Pattern.compile("\"choices\":(\\[[^\\]]*\\])");
    static final Pattern FIRST_CHOICE = Pattern.compile("\\[\"((?:[^\"\\\\]|\\\\.)*)\"");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        long setId = Long.parseLong(args[1]);
        int count = Integer.parseInt(args[2]);
        Path out = Path.of(args[3]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        // Learners answer several questions, as in a real quiz: each learner gets PER_LEARNER one-question
        // attempts (so every line is answered exactly once), and the lines are shuffled so that one learner's
        // answers are spread over the run rather than sent at the same moment.
        List<Future<List<String>>> learners = new ArrayList<>();
        for (int first = 0; first < count; first += PER_LEARNER) {
            int n = first / PER_LEARNER;
            int attempts = Math.min(PER_LEARNER, count - first);
            learners.add(pool.submit(() -> {
                List<String> own = new ArrayList<>();
                String cookie = null;
                for (int a = 0; a < attempts; a++) {
                    String line = prepare(http, base, setId, "Bench learner " + n, cookie);
                    cookie = line.split("\t")[1];
                    own.add(line);
                }
                return own;
            }));
        }
        List<String> all = new ArrayList<>();
        for (Future<List<String>> learner : learners) {
            all.addAll(learner.get());
        }
        java.util.Collections.shuffle(all, new java.util.Random(42));
        try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(out))) {
            all.forEach(writer::println);
        }
        pool.shutdown();
        System.out.println("Prepared " + count + " attempts in " + out);
    }

    /** Starts a one-question attempt (as the learner of {@code knownCookie}, when given) and prepares its answer. */
    static String prepare(HttpClient http, String base, long setId, String name, String knownCookie)
            throws IOException, InterruptedException {
        HttpRequest.Builder start = HttpRequest.newBuilder(URI.create(base + "/api/play/attempts"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"setId\":" + setId + ",\"learnerName\":\"" + name + "\"}"));
        if (knownCookie != null) {
            start.header("Cookie", "cq-learner=" + knownCookie);
        }
        HttpResponse<String> started = http.send(start.build(), HttpResponse.BodyHandlers.ofString());
        if (started.statusCode() != 201) {
            throw new IllegalStateException("Start failed: " + started.statusCode() + " " + started.body());
        }
        String cookie = started.headers().firstValue("Set-Cookie").map(c -> c.split(";")[0].split("=", 2)[1])
                .orElse(knownCookie);
        String attemptId = find(ATTEMPT, started.body());
        HttpResponse<String> next = http.send(HttpRequest.newBuilder(
                URI.create(base + "/api/play/attempts/" + attemptId + "/next"))
                .header("Cookie", "cq-learner=" + cookie).GET().build(), HttpResponse.BodyHandlers.ofString());
        String body = next.body();
        String type = find(TYPE, body);
        String response = switch (type) {
            case "MULTIPLE_CHOICE" -> "\"" + find(FIRST_CHOICE, find(CHOICES, body)) + "\"";
            case "TRUE_FALSE" -> "\"True\"";
            case "ORDERING" -> find(CHOICES, body);
            default -> "\"1999\"";
        };
        return attemptId + "\t" + cookie + "\t{\"questionId\":" + find(QUESTION, body) + ",\"response\":" + response + "}";
    }

    static String find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException(pattern + " not in " + text);
        }
        return m.group(1);
    }
}
