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
import org.neighbourhoodportal.feedback.ProposalService;
import org.neighbourhoodportal.feedback.ShareOutcome;
import org.neighbourhoodportal.workflow.TaskForm;
import org.neighbourhoodportal.workflow.ui.FormRenderer;

/** An INT lead asks the team's PPGs what their members think of a proposal. */
@Route("proposals/new")
@PageTitle("Ask PPGs for a view | Neighbourhood Portal")
@RolesAllowed("INT_LEAD")
class ShareProposalView extends VerticalLayout {

    ShareProposalView(ProposalService proposals) {
        addClassName("portal-page");
        add(new H2("Ask your PPGs for their view"));
        add(new Paragraph("Every Patient Participation Group linked to the team gets a task to answer. Ask while "
                + "the idea can still change, and give them time to ask their members."));
        TaskForm form = proposals.shareForm();
        FormRenderer renderer = new FormRenderer(form.definition(), form.options());
        Div card = new Div(renderer);
        card.addClassName("portal-card");
        card.setWidthFull();
        Button send = new Button("Send to the PPGs", e -> {
            ShareOutcome outcome = proposals.share(renderer.values());
            if (outcome.isSaved()) {
                Notification.show("Sent to the PPGs.", 5000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate("proposals/" + outcome.proposalId()));
            } else {
                renderer.showErrors(outcome.errors());
                Notification.show("Please check the highlighted answers.", 4000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        send.setId("send-proposal");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(card, send);
    }
}
