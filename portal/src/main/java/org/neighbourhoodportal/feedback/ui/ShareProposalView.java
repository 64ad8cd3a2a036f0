package org.neighbourhoodportal.feedback.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.neighbourhoodportal.feedback.ProposalService;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.ui.Glossary;
import org.neighbourhoodportal.workflow.ui.StartFormPanel;

/** An INT lead asks the team's PPGs what their members think of a proposal. */
@Route("proposals/new")
@PageTitle("Ask PPGs for a view | Neighbourhood Portal")
@RolesAllowed("INT_LEAD")
class ShareProposalView extends VerticalLayout {

    ShareProposalView(ProposalService proposals, CurrentUser currentUser) {
        addClassName("portal-page");
        add(new H2("Ask your PPGs for their view"));
        add(Glossary.spelledOut("PPG", "INT"));
        add(new Paragraph("Every Patient Participation Group linked to the team gets a task to answer. Ask while "
                + "the idea can still change, and give them time to ask their members."));
        add(new StartFormPanel(proposals.shareForm(), "send-proposal", "Send to the PPGs", "Sent to the PPGs.",
                proposals::share, id -> "proposals/" + id)
                .keepingDraftFor(currentUser.require().personId()));
    }
}
