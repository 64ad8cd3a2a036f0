package org.neighbourhoodportal.feedback.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.neighbourhoodportal.feedback.ProposalDetails;
import org.neighbourhoodportal.feedback.ProposalService;
import org.neighbourhoodportal.feedback.ProposalTasks;
import org.neighbourhoodportal.ui.Glossary;
import org.neighbourhoodportal.attachments.ui.AttachmentPanels;
import org.neighbourhoodportal.feedback.ProposalAttachments;
import org.neighbourhoodportal.ui.RouteIds;
import org.neighbourhoodportal.workflow.ui.YourTurn;

@Route("proposals/:proposalId")
@PageTitle("Proposal | Neighbourhood Portal")
@PermitAll
class ProposalDetailView extends VerticalLayout implements BeforeEnterObserver {

    private final ProposalService proposals;
    private final ProposalTasks tasks;
    private final AttachmentPanels documents;

    ProposalDetailView(ProposalService proposals, ProposalTasks tasks, AttachmentPanels documents) {
        this.documents = documents;
        this.proposals = proposals;
        this.tasks = tasks;
        addClassName("portal-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = RouteIds.id(event, "proposalId", "That proposal does not exist.");
        ProposalDetails proposal = proposals.details(id);
        removeAll();
        add(new H2("Proposal for PPGs"));
        add(Glossary.spelledOut("PPG", "INT"));
        add(new YourTurn(tasks.yoursOn(id)));
        add(new ProposalCard(proposal));
        add(new Paragraph(proposal.waitingOn().isEmpty() ? "Nothing is waiting."
                : "Waiting for: " + String.join("; ", proposal.waitingOn()) + "."));
        add(documents.forRecord(ProposalAttachments.RECORD_TYPE, id));
    }
}
