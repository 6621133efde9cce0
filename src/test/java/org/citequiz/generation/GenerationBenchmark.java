package org.citequiz.generation;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.citequiz.corpus.DocumentSegmenter;
import org.citequiz.corpus.Segmentation;

/**
 * Generation speed and memory, run as a plain main (see README, "Question generation"): the five-document bundle
 * after warm-up, then a synthetic ~1 MB news-like document for throughput (median of five runs after two
 * warm-ups). Run it in its own JVM with a 256 MB heap (README) to check the memory target: it reports the heap
 * limit it ran under.
 */
public final class GenerationBenchmark {

    private static final String[] NAMES = {"Anna Berg", "Jonas Keller", "Maria Costa", "Peter Novak", "Lena Fischer",
            "Omar Haddad", "Sofia Rossi", "Ivan Petrov", "Claire Martin", "Tomas Horak", "Eva Lind", "Paul Weber"};
    private static final String[] ROLES = {"Mayor", "Foreign Minister", "Defense Minister", "Prime Minister",
            "Secretary General", "Chairman", "President", "Governor"};
    private static final String[] QUALIFIERS = {"German", "French", "Italian", "Polish", "Swedish", "NATO", "EU"};
    private static final String[] CITIES = {"Berlin", "Paris", "Rome", "Warsaw", "Stockholm", "Vienna", "Madrid",
            "Lisbon", "Prague", "Oslo", "Helsinki", "Dublin"};
    private static final String[] EVENTS = {"summit", "conference", "meeting", "forum", "ceremony"};
    private static final String[] UNITS = {"nations", "members", "delegates", "soldiers", "projects", "schools",
            "agreements", "observers"};
    private static final String[] MONTHS = {"January", "March", "May", "June", "September", "November"};
    private static final String[] ORGS = {"European Energy Council (EEC)", "Northern Trade Forum (NTF)",
            "Baltic Water Agency (BWA)", "Central Rail Authority (CRA)"};

    public static void main(String[] args) {
        Path bundleFolder = Path.of(args.length > 0 ? args[0] : "questions/nato-russia-council");
        Bundle bundle = Bundle.load(bundleFolder);
        QuestionGenerator generator = new QuestionGenerator();
        int count = 0;
        long warmUpEnd = System.nanoTime() + 15_000_000_000L;
        int warmUps = 0;
        while (warmUps < 30 && System.nanoTime() < warmUpEnd) {
            count = generator.generate(bundle.documents()).size();
            warmUps++;
        }
        int runs = 20;
        long[] millis = new long[runs];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuTotal = 0;
        for (int i = 0; i < runs; i++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            generator.generate(bundle.documents());
            millis[i] = (System.nanoTime() - t) / 1_000_000;
            cpuTotal += threads.getCurrentThreadCpuTime() - cpu;
        }
        Arrays.sort(millis);
        System.out.printf("bundle: %d documents, %d questions; %d warm-up runs; median %d ms, best %d ms, "
                + "mean CPU %.1f ms per run (target < 1000 ms)%n", bundle.documents().size(), count, warmUps,
                millis[runs / 2], millis[0], cpuTotal / 1e6 / runs);

        String text = syntheticNews(1_000_000, 42);
        double kb = text.length() / 1000.0;
        int bigRuns = 5;
        long[] segmentMillis = new long[bigRuns];
        long[] generateMillis = new long[bigRuns];
        long[] generateCpu = new long[bigRuns];
        int questions = 0;
        int sentences = 0;
        for (int i = -2; i < bigRuns; i++) { // two warm-up runs on the large shape
            long t = System.nanoTime();
            Segmentation seg = new DocumentSegmenter().segment(text);
            long segmented = System.nanoTime() - t;
            SourceText big = new SourceText(1, "Synthetic", text, LocalDate.of(2020, 6, 12), seg.paragraphs(),
                    seg.sentences());
            long cpu = threads.getCurrentThreadCpuTime();
            t = System.nanoTime();
            questions = generator.generate(List.of(big)).size();
            if (i >= 0) {
                segmentMillis[i] = segmented / 1_000_000;
                generateMillis[i] = (System.nanoTime() - t) / 1_000_000;
                generateCpu[i] = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000;
            }
            sentences = seg.sentences().size();
        }
        long segment = median(segmentMillis);
        long generate = median(generateMillis);
        Runtime rt = Runtime.getRuntime();
        System.out.printf("synthetic: %.0f KB, %d sentences, %d questions; median of %d runs: segmentation %d ms, "
                + "generation %d ms (CPU %d ms)%n", kb, sentences, questions, bigRuns, segment, generate,
                median(generateCpu));
        System.out.printf("throughput: generation %.0f KB/s; upload path (segmentation + generation) %.0f KB/s "
                + "(target >= 500 KB/s)%n", kb / (generate / 1e3), kb / ((segment + generate) / 1e3));
        System.out.printf("heap: max %d MB, used after run %d MB (run with -Xmx256m for the 256 MB check, see README)%n",
                rt.maxMemory() / (1024 * 1024), (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** A news-like text of about {@code chars} characters with varied people, places, dates and counts. */
    static String syntheticNews(int chars, long seed) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder(chars + 1000);
        while (sb.length() < chars) {
            String name = pick(r, NAMES);
            String surname = name.substring(name.indexOf(' ') + 1);
            int year = 1990 + r.nextInt(34);
            List<String> paragraph = new ArrayList<>();
            paragraph.add(pick(r, QUALIFIERS) + " " + pick(r, ROLES) + " " + name + " opened the " + pick(r, EVENTS)
                    + " in " + pick(r, CITIES) + " on " + (1 + r.nextInt(28)) + " " + pick(r, MONTHS) + " " + year + ".");
            paragraph.add("The " + pick(r, ORGS) + " said " + (3 + r.nextInt(400)) + " " + pick(r, UNITS)
                    + " had joined since " + (year - 1 - r.nextInt(10)) + ".");
            paragraph.add("\"We have worked for this moment for " + (2 + r.nextInt(20))
                    + " years and we will not stop now,\" " + surname + " said on Thursday.");
            paragraph.add("Officials expect about " + (1 + r.nextInt(9)) + "," + (100 + r.nextInt(900))
                    + " visitors next year, while a review planned last month found " + (3 + r.nextInt(40))
                    + " problems with the old " + pick(r, EVENTS) + " hall.");
            sb.append(String.join(" ", paragraph)).append("\n\n");
        }
        return sb.toString();
    }

    private static String pick(Random r, String[] values) {
        return values[r.nextInt(values.length)];
    }
}
