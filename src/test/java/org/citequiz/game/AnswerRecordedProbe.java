package org.citequiz.game;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.citequiz.play.AnswerRecorded;

/** Records the AnswerRecorded events games fire, and whether each came inside the answer's transaction. */
@ApplicationScoped
public class AnswerRecordedProbe {

    public record Seen(AnswerRecorded event, boolean inTransaction) {
    }

    @Inject
    TransactionManager transactions;

    private final List<Seen> seen = new CopyOnWriteArrayList<>();

    void on(@Observes AnswerRecorded event) throws SystemException {
        seen.add(new Seen(event, transactions.getStatus() == Status.STATUS_ACTIVE));
    }

    public List<Seen> events() {
        return List.copyOf(seen);
    }

    public void clear() {
        seen.clear();
    }
}
