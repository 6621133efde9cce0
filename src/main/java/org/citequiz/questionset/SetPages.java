package org.citequiz.questionset;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SetPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<SetViews.SetSummary> sets);
    }

    @GET
    public TemplateInstance home() {
        return Templates.home(QuestionSet.listPlayable().stream().map(SetViews.SetSummary::of).toList());
    }
}
