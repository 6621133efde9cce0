package org.citequiz.play;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.citequiz.generation.QuestionType;
import org.citequiz.questionset.Question;
import org.citequiz.questionset.QuestionEdited;
import org.citequiz.web.ProblemException;

/**
 * What a learner sees of a question before answering it (never the key), cached per node because every question
 * page needs it. An instructor's edit shows within the cache's expiry (quarkus.cache config) and at once on the node that made it; scoring never
 * reads this cache, it always loads the current answer key.
 */
@ApplicationScoped
public class PlayableQuestions {

    @Inject
    @CacheName("play-questions")
    Cache cache;

    /** @param items for ordering questions, the items in their correct order (shuffled per attempt for display) */
    public record Shown(long id, QuestionType type, String prompt, List<String> choices, List<String> items) {
    }

    @CacheResult(cacheName = "play-questions")
    @Transactional(Transactional.TxType.SUPPORTS)
    public Shown of(long questionId) {
        Question q = Question.findById(questionId);
        if (q == null) {
            throw ProblemException.notFound("Question " + questionId);
        }
        return new Shown(q.id, q.type, q.prompt, List.copyOf(q.choices),
                q.type == QuestionType.ORDERING ? List.copyOf(q.orderedItems()) : List.of());
    }

    /** An edit on this node shows at once (other nodes within the expiry). */
    void edited(@Observes(during = TransactionPhase.AFTER_SUCCESS) QuestionEdited event) {
        cache.invalidate(event.questionId()).await().indefinitely();
    }
}
