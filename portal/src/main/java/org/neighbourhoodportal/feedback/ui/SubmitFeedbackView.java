package org.neighbourhoodportal.feedback.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.neighbourhoodportal.feedback.FeedbackService;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.ui.Glossary;
import org.neighbourhoodportal.workflow.ui.StartFormPanel;

/** A PPG representative passes on what patients told them. */
@Route("feedback/new")
@PageTitle("Send feedback | Neighbourhood Portal")
@RolesAllowed("PPG_REPRESENTATIVE")
class SubmitFeedbackView extends VerticalLayout {

    SubmitFeedbackView(FeedbackService feedback, CurrentUser currentUser) {
        addClassName("portal-page");
        add(new H2("Send feedback from patients"));
        add(Glossary.spelledOut("PPG", "INT"));
        add(new Paragraph("Tell your Integrated Neighbourhood Team what patients have said. The team will "
                + "acknowledge it, tell you who is looking at it, and come back to you with what they did."));
        add(new StartFormPanel(feedback.submitForm(), "send-feedback", "Send to the INT",
                "Sent. The INT has been asked to acknowledge it.", feedback::submit, id -> "feedback/" + id)
                .keepingDraftFor(currentUser.require().personId()));
    }
}
