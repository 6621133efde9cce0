package org.citequiz.play;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Collects the AnswerRecorded events the play feature fires, as a leaderboard would observe them. */
@ApplicationScoped
public class RecordedAnswers {

    final List<AnswerRecorded> events = new CopyOnWriteArrayList<>();

    void on(@Observes AnswerRecorded event) {
        events.add(event);
    }

    List<AnswerRecorded> of(long learnerId) {
        return events.stream().filter(e -> e.learnerId() == learnerId).toList();
    }
}
