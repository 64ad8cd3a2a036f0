package org.neighbourhoodportal.feedback.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.neighbourhoodportal.attachments.ui.AttachmentPanels;
import org.neighbourhoodportal.feedback.FeedbackAttachments;
import org.neighbourhoodportal.feedback.FeedbackDetails;
import org.neighbourhoodportal.feedback.FeedbackService;
import org.neighbourhoodportal.feedback.FeedbackTasks;
import org.neighbourhoodportal.feedback.TimelineEntry;
import org.neighbourhoodportal.ui.Formats;
import org.neighbourhoodportal.ui.Glossary;
import org.neighbourhoodportal.ui.RouteIds;
import org.neighbourhoodportal.workflow.ui.YourTurn;

/** One piece of feedback: what was said, where the loop is now, and who did what, when. */
@Route("feedback/:feedbackId")
@PageTitle("Feedback | Neighbourhood Portal")
@PermitAll
class FeedbackDetailView extends VerticalLayout implements BeforeEnterObserver {

    private final FeedbackService feedback;
    private final FeedbackTasks tasks;
    private final AttachmentPanels documents;

    FeedbackDetailView(FeedbackService feedback, FeedbackTasks tasks, AttachmentPanels documents) {
        this.documents = documents;
        this.feedback = feedback;
        this.tasks = tasks;
        addClassName("portal-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = RouteIds.id(event, "feedbackId", "That feedback does not exist.");
        FeedbackDetails item = feedback.details(id);
        removeAll();
        add(new H2("Feedback from " + item.ppgName()));
        add(Glossary.spelledOut("PPG", "INT"));
        add(new YourTurn(tasks.yoursOn(id)));
        add(new FeedbackCard(item));

        add(new H3("Where it is now"));
        Paragraph now = new Paragraph(item.waitingOn().isEmpty()
                ? (item.closedAt() != null ? "Closed on " + Formats.day(item.closedAt()) + "." : "Nothing is waiting.")
                : "Waiting for: " + String.join("; ", item.waitingOn()) + ".");
        now.setId("feedback-now");
        add(now);

        add(new H3("Timeline"));
        Div timeline = new Div();
        timeline.setId("feedback-timeline");
        for (TimelineEntry entry : item.timeline()) {
            Div line = new Div();
            line.addClassName("timeline-entry");
            if (entry.internal()) {
                line.addClassName("internal");
            }
            Div what = new Div(entry.what() + (entry.internal() ? " (seen by the INT only)" : ""));
            what.getStyle().set("font-weight", "600");
            Div when = new Div(Formats.dayTime(entry.at()) + " · " + entry.who());
            when.addClassName("when");
            line.add(what, when);
            if (entry.detail() != null) {
                Div detail = new Div(entry.detail());
                detail.addClassName("detail");
                line.add(detail);
            }
            timeline.add(line);
        }
        add(timeline);
        add(documents.forRecord(FeedbackAttachments.RECORD_TYPE, id));
    }
}
