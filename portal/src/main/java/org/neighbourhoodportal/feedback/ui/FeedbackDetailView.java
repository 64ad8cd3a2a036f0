package org.neighbourhoodportal.feedback.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.neighbourhoodportal.attachments.ui.AttachmentPanels;
import org.neighbourhoodportal.feedback.FeedbackAttachments;
import org.neighbourhoodportal.feedback.FeedbackDetails;
import org.neighbourhoodportal.feedback.FeedbackService;
import org.neighbourhoodportal.feedback.FeedbackStatus;
import org.neighbourhoodportal.feedback.FeedbackTasks;
import org.neighbourhoodportal.feedback.FeedbackTimelines;
import org.neighbourhoodportal.ui.Formats;
import org.neighbourhoodportal.ui.Glossary;
import org.neighbourhoodportal.ui.RouteIds;
import org.neighbourhoodportal.workflow.ui.RecordPage;
import org.neighbourhoodportal.workflow.ui.WithdrawButton;

/** One piece of feedback, in the record page shell: what was said, where the loop is now, and who did what, when. */
@Route("feedback/:feedbackId")
@PageTitle("Feedback | Neighbourhood Portal")
@PermitAll
class FeedbackDetailView extends RecordPage implements BeforeEnterObserver {

    private final FeedbackService feedback;
    private final FeedbackTasks tasks;
    private final AttachmentPanels documents;

    FeedbackDetailView(FeedbackService feedback, FeedbackTasks tasks, AttachmentPanels documents) {
        this.documents = documents;
        this.feedback = feedback;
        this.tasks = tasks;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = RouteIds.id(event, "feedbackId", "That feedback does not exist.");
        FeedbackDetails item = feedback.details(id);
        setHeading("Feedback from " + item.ppgName(), Glossary.spelledOut("PPG", "INT"));
        setYourTurn(tasks.yoursOn(id));
        setRecord(new FeedbackCard(item));
        setWhereItIsNow(item.waitingOn(), item.closedAt() == null ? "Nothing is waiting."
                : (item.status() == FeedbackStatus.WITHDRAWN ? "Withdrawn on " : "Closed on ")
                + Formats.day(item.closedAt()) + ".");
        if (item.mayWithdraw()) {
            setActions(new WithdrawButton("feedback", FeedbackTimelines.WITHDRAW_REASON_LENGTH,
                    reason -> feedback.withdraw(id, reason),
                    () -> getUI().ifPresent(ui -> ui.refreshCurrentRoute(false))));
        } else {
            setActions();
        }
        setDiagram(() -> feedback.diagram(id));
        setFurtherAnswers(feedback.furtherAnswers(id));
        setDocuments(documents.forRecord(FeedbackAttachments.RECORD_TYPE, id));
        setTimeline(item.timeline());
    }
}
