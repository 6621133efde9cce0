package org.citequiz.generation;

import java.nio.file.Path;
import java.util.List;

/** Prints the generated questions of a bundle folder, for reading them as a learner would. */
public class QuestionDump {
    public static void main(String[] args) {
        Bundle bundle = Bundle.load(Path.of(args.length > 0 ? args[0] : "questions/nato-russia-council"));
        for (int i = 0; i < Integer.getInteger("repeat", 0); i++) {
            long r = System.nanoTime();
            new QuestionGenerator().generate(bundle.documents());
            System.out.println("run " + i + ": " + (System.nanoTime() - r) / 1_000_000 + " ms");
        }
        long t = System.nanoTime();
        List<GeneratedQuestion> qs = new QuestionGenerator().generate(bundle.documents());
        System.out.println("generated " + qs.size() + " in " + (System.nanoTime() - t) / 1_000_000 + " ms");
        for (GeneratedQuestion q : qs) {
            System.out.printf("%.2f %s %s%n   %s%n   -> %s %s %s%n", q.quality(), q.type(), q.factKind(), q.prompt(),
                    q.answer(), q.acceptedAnswers(), q.choices());
            for (Citation c : q.sources()) {
                System.out.println("   [" + c.documentId() + "] " + bundle.document(c.documentId()).text().substring(c.start(), c.end()).replace('\n', ' '));
            }
        }
    }
}
