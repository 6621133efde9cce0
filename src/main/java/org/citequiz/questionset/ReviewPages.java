package org.citequiz.questionset;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.citequiz.account.InstructorIdentityProvider;
import org.citequiz.corpus.Document;
import org.citequiz.generation.QuestionType;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The review queue: questions next to their passages, approve / reject (htmx swaps just the card; without
 * JavaScript the form posts and redirects back), editing, and writing new questions.
 */
@Path("/instructor")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(InstructorIdentityProvider.ROLE)
// One transaction per request: the views read the questions' lazily loaded sources.
@Transactional(dontRollbackOn = InvalidQuestion.class)
public class ReviewPages {

    static final String ALL = "ALL";

    @Inject
    SetAccess access;

    @Inject
    QuestionEditor editor;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance review(QuestionSet set, List<ReviewQueue.Card> cards, String filter,
                List<String> filters, Long edited);

        static native TemplateInstance card(ReviewQueue.Card card, String filter);

        static native TemplateInstance edit(QuestionSet set, ReviewQueue.Card card, QuestionForm form,
                List<ReviewQueue.SentenceOption> sentences, List<String> errors);

        static native TemplateInstance author(QuestionSet set, QuestionForm form, List<QuestionType> types,
                List<ReviewQueue.SentenceOption> sentences, List<String> errors);
    }

    @GET
    @Path("sets/{id}/review")
    public TemplateInstance review(@RestPath long id, @QueryParam("status") String status,
            @QueryParam("edited") Long edited) {
        QuestionSet set = access.requireManageable(id);
        String filter = filter(status);
        List<Question> questions = ALL.equals(filter) ? Question.ofSet(id)
                : Question.list("setId = ?1 and status = ?2 order by quality desc, id", id, QuestionStatus.valueOf(filter));
        List<String> filters = new java.util.ArrayList<>(Arrays.stream(QuestionStatus.values()).map(Enum::name).toList());
        filters.add(ALL);
        return Templates.review(set, ReviewQueue.cards(questions), filter, filters, edited);
    }

    @POST
    @Path("questions/{id}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object approve(@RestPath long id, @RestForm String back, @HeaderParam("HX-Request") String htmx) {
        access.requireManageable(editor.require(id).setId);
        return decided(editor.approve(id), back, htmx);
    }

    @POST
    @Path("questions/{id}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object reject(@RestPath long id, @RestForm String back, @HeaderParam("HX-Request") String htmx) {
        access.requireManageable(editor.require(id).setId);
        return decided(editor.reject(id), back, htmx);
    }

    private Object decided(Question q, String back, String htmx) {
        if ("true".equals(htmx)) {
            return Templates.card(ReviewQueue.card(q), filter(back));
        }
        return InstructorPages.seeOther(reviewUrl(q.setId, filter(back)) + "#q" + q.id);
    }

    @GET
    @Path("questions/{id}/edit")
    public TemplateInstance edit(@RestPath long id, @QueryParam("back") String back) {
        Question q = editor.require(id);
        QuestionSet set = access.requireManageable(q.setId);
        List<ReviewQueue.SentenceOption> sentences = sentencesFor(q);
        Long selected = q.sources.isEmpty() ? null : sentences.stream()
                .filter(s -> s.documentId() == q.sources.get(0).documentId && s.start() == q.sources.get(0).start
                        && s.end() == q.sources.get(0).end)
                .map(ReviewQueue.SentenceOption::passageId).findFirst().orElse(null);
        return Templates.edit(set, ReviewQueue.card(q), QuestionForm.of(q, selected, filter(back)), sentences, List.of());
    }

    @POST
    @Path("questions/{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object saveEdit(@RestPath long id, @BeanParam QuestionForm form) {
        Question q = editor.require(id);
        QuestionSet set = access.requireManageable(q.setId);
        try {
            // The type of an existing question stays what it is; the form only carries it along.
            QuestionForm typed = new QuestionForm(q.type.name(), form.prompt(), form.answer(), form.choices(),
                    form.acceptedAnswers(), form.tolerance(), form.passageId(), form.back());
            editor.edit(id, typed.draft());
            return InstructorPages.seeOther(reviewUrl(q.setId, filter(form.back())) + "&edited=" + id + "#q" + id);
        } catch (InvalidQuestion e) {
            Question fresh = editor.require(id);
            return RestResponse.status(RestResponse.Status.BAD_REQUEST, Templates.edit(set, ReviewQueue.card(fresh),
                    new QuestionForm(q.type.name(), form.prompt(), form.answer(), form.choices(), form.acceptedAnswers(),
                            form.tolerance(), form.passageId(), form.back()),
                    sentencesFor(fresh), e.reasons()));
        }
    }

    @GET
    @Path("sets/{id}/questions/new")
    public TemplateInstance author(@RestPath long id, @QueryParam("type") String type) {
        QuestionSet set = access.requireManageable(id);
        QuestionType t = Arrays.stream(QuestionType.values()).filter(v -> v.name().equals(type)).findFirst()
                .orElse(QuestionType.MULTIPLE_CHOICE);
        return Templates.author(set, QuestionForm.blank(t), List.of(QuestionType.values()),
                ReviewQueue.sentences(Document.currentOfSet(id)), List.of());
    }

    @POST
    @Path("sets/{id}/questions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object saveAuthored(@RestPath long id, @BeanParam QuestionForm form) {
        QuestionSet set = access.requireManageable(id);
        try {
            Question q = editor.author(id, form.draft());
            return InstructorPages.seeOther(reviewUrl(id, QuestionStatus.APPROVED.name()) + "&edited=" + q.id + "#q" + q.id);
        } catch (InvalidQuestion e) {
            QuestionForm shown = form.type() == null || Arrays.stream(QuestionType.values()).noneMatch(v -> v.name().equals(form.type()))
                    ? QuestionForm.blank(QuestionType.MULTIPLE_CHOICE) : form;
            return RestResponse.status(RestResponse.Status.BAD_REQUEST, Templates.author(set, shown, List.of(QuestionType.values()),
                    ReviewQueue.sentences(Document.currentOfSet(id)), e.reasons()));
        }
    }

    /** The sentences of the cited document (any of the set's current documents when it cites none). */
    private static List<ReviewQueue.SentenceOption> sentencesFor(Question q) {
        if (q.sources.isEmpty()) {
            return ReviewQueue.sentences(Document.currentOfSet(q.setId));
        }
        Document cited = Document.findById(q.sources.get(0).documentId);
        return ReviewQueue.sentences(List.of(cited));
    }

    static String filter(String status) {
        if (status == null || status.isBlank()) {
            return QuestionStatus.PENDING.name();
        }
        String s = status.strip().toUpperCase(Locale.ROOT);
        return ALL.equals(s) || Arrays.stream(QuestionStatus.values()).anyMatch(v -> v.name().equals(s)) ? s
                : QuestionStatus.PENDING.name();
    }

    static String reviewUrl(long setId, String filter) {
        return "/instructor/sets/" + setId + "/review?status=" + filter;
    }
}
