package org.neighbourhoodportal.feedback.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.neighbourhoodportal.feedback.FeedbackService;
import org.neighbourhoodportal.feedback.SubmitOutcome;
import org.neighbourhoodportal.workflow.TaskForm;
import org.neighbourhoodportal.workflow.ui.FormRenderer;

/** A PPG representative passes on what patients told them. */
@Route("feedback/new")
@PageTitle("Send feedback | Neighbourhood Portal")
@RolesAllowed("PPG_REPRESENTATIVE")
class SubmitFeedbackView extends VerticalLayout {

    SubmitFeedbackView(FeedbackService feedback) {
        addClassName("portal-page");
        add(new H2("Send feedback from patients"));
        add(new Paragraph("Tell your Integrated Neighbourhood Team what patients have said. The team will "
                + "acknowledge it, tell you who is looking at it, and come back to you with what they did."));
        TaskForm form = feedback.submitForm();
        FormRenderer renderer = new FormRenderer(form.definition(), form.options());
        Div card = new Div(renderer);
        card.addClassName("portal-card");
        card.setWidthFull();
        Button send = new Button("Send to the INT", e -> {
            SubmitOutcome outcome = feedback.submit(renderer.values());
            if (outcome.isSaved()) {
                Notification.show("Sent. The INT has been asked to acknowledge it.", 5000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate("feedback/" + outcome.feedbackId()));
            } else {
                renderer.showErrors(outcome.errors());
                Notification.show("Please check the highlighted answers.", 4000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        send.setId("send-feedback");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(card, send);
    }
}
