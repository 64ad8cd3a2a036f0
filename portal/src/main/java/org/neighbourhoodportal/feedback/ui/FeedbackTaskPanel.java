package org.neighbourhoodportal.feedback.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.neighbourhoodportal.attachments.ui.AttachmentPanels;
import org.neighbourhoodportal.feedback.FeedbackAttachments;
import org.neighbourhoodportal.feedback.FeedbackService;
import org.neighbourhoodportal.feedback.FeedbackTasks;
import org.neighbourhoodportal.feedback.FeedbackSettings;
import org.neighbourhoodportal.time.PortalTime;
import org.neighbourhoodportal.ui.Formats;
import org.neighbourhoodportal.workflow.WorkItem;
import org.neighbourhoodportal.workflow.ui.RecordPanelProvider;

/**
 * Shows the feedback beside each task of its loop. On the PPG's confirmation task it also says when the loop closes
 * by itself: the confirmation timer runs {@code portal.feedback.confirm-within} from the moment the task was created.
 */
@org.springframework.stereotype.Component
class FeedbackTaskPanel implements RecordPanelProvider {

    private final FeedbackService feedback;
    private final FeedbackTasks tasks;
    private final FeedbackSettings settings;
    private final Clock clock;
    private final AttachmentPanels documents;

    FeedbackTaskPanel(FeedbackService feedback, FeedbackTasks tasks, FeedbackSettings settings, Clock clock,
                      AttachmentPanels documents) {
        this.documents = documents;
        this.feedback = feedback;
        this.tasks = tasks;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Optional<Component> panelFor(WorkItem task) {
        if (!tasks.isOf(task)) {
            return Optional.empty();
        }
        long id = Long.parseLong(task.businessKey());
        FeedbackCard card = new FeedbackCard(feedback.details(id));
        Component files = documents.forTask(FeedbackAttachments.RECORD_TYPE, id, task.name());
        if (!tasks.isConfirmation(task)) {
            return Optional.of(new Div(card, files));
        }
        return Optional.of(new Div(closesOnItsOwn(task), card, files));
    }

    /** "If we do not hear from you by …, the feedback closes on its own", with the date. */
    Paragraph closesOnItsOwn(WorkItem task) {
        Instant closes = PortalTime.after(task.created(), settings.confirmWithin(), clock);
        long days = settings.confirmWithin().toDays();
        Paragraph line = new Paragraph("Please answer by " + Formats.day(closes) + ". If we do not hear from you by "
                + "then, the feedback closes on its own " + (days >= 1 ? days + " days" : "some time")
                + " after the response was sent, and is marked as not confirmed by the PPG.");
        line.setId("confirm-closes-on");
        return line;
    }
}
