package org.citequiz.questionset;

import org.citequiz.web.IdentifiedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.citequiz.generation.QuestionType;

@Entity
public class Question extends IdentifiedEntity {

    @Column(name = "set_id", nullable = false)
    public Long setId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public QuestionType type;

    @Column(nullable = false, length = 4000)
    public String prompt;

    /** As shown to learners; for ORDERING the items in display order. Empty for typed answers. */
    @Lob
    @Convert(converter = JsonStringList.class)
    @Column(nullable = false)
    public List<String> choices = new ArrayList<>();

    /** The correct answer as a learner reads it; ORDERING: items in order joined by {@link QuestionType#ORDER_SEPARATOR}. */
    @Column(nullable = false, length = 2000)
    public String answer;

    @Lob
    @Convert(converter = JsonStringList.class)
    @Column(name = "accepted_answers", nullable = false)
    public List<String> acceptedAnswers = new ArrayList<>();

    @Column(name = "numeric_answer")
    public Double numericAnswer;

    public Double tolerance;

    public double quality;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public QuestionStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public QuestionOrigin origin;

    /** DATE, COUNT, PERSON, PLACE, QUOTE, ACRONYM, TIMELINE... for generated questions. */
    @Column(name = "fact_kind")
    public String factKind;

    /** Stable hash of what the question asks, used to recognise a question across regenerations. */
    public String fingerprint;

    public String category;

    @Column(length = 4000)
    public String feedback;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @OneToMany(mappedBy = "question", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("ordinal")
    public List<QuestionSource> sources = new ArrayList<>();

    public void addSource(long documentId, int start, int end) {
        QuestionSource source = new QuestionSource();
        source.question = this;
        source.documentId = documentId;
        source.start = start;
        source.end = end;
        source.ordinal = sources.size();
        sources.add(source);
    }

    public List<String> orderedItems() {
        return List.of(answer.split(java.util.regex.Pattern.quote(QuestionType.ORDER_SEPARATOR)));
    }

    public static List<Question> ofSet(long setId) {
        return list("setId = ?1 order by quality desc, id", setId);
    }

    public static List<Question> playableOfSet(long setId) {
        return list("setId = ?1 and status in ?2 order by quality desc, id", setId,
                List.of(QuestionStatus.APPROVED, QuestionStatus.AUTO_APPROVED));
    }
}
