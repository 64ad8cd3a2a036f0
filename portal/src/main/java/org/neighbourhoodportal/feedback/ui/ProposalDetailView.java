package org.neighbourhoodportal.feedback.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.neighbourhoodportal.feedback.FeedbackTimelines;
import org.neighbourhoodportal.feedback.ProposalDetails;
import org.neighbourhoodportal.feedback.ProposalService;
import org.neighbourhoodportal.feedback.ProposalStatus;
import org.neighbourhoodportal.feedback.ProposalTasks;
import org.neighbourhoodportal.ui.Glossary;
import org.neighbourhoodportal.rounds.RoundService;
import org.neighbourhoodportal.rounds.ui.RoundPanel;
import org.neighbourhoodportal.attachments.ui.AttachmentPanels;
import org.neighbourhoodportal.feedback.ProposalAttachments;
import org.neighbourhoodportal.ui.RouteIds;
import org.neighbourhoodportal.workflow.ui.RecordPage;
import org.neighbourhoodportal.workflow.ui.WithdrawButton;

/** One proposal put to the PPGs, in the record page shell: the proposal and views, where it is now, its timeline. */
@Route("proposals/:proposalId")
@PageTitle("Proposal | Neighbourhood Portal")
@PermitAll
class ProposalDetailView extends RecordPage implements BeforeEnterObserver {

    private final ProposalService proposals;
    private final ProposalTasks tasks;
    private final RoundService rounds;
    private final AttachmentPanels documents;

    ProposalDetailView(ProposalService proposals, ProposalTasks tasks, RoundService rounds,
                       AttachmentPanels documents) {
        this.documents = documents;
        this.proposals = proposals;
        this.tasks = tasks;
        this.rounds = rounds;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = RouteIds.id(event, "proposalId", "That proposal does not exist.");
        ProposalDetails proposal = proposals.details(id);
        setHeading("Proposal for PPGs", Glossary.spelledOut("PPG", "INT"));
        setYourTurn(tasks.yoursOn(id));
        setRecord(new ProposalCard(proposal));
        setWhereItIsNow(proposal.waitingOn(), proposal.status() == ProposalStatus.WITHDRAWN
                ? "Withdrawn: nothing more is asked." : "Nothing is waiting.");
        if (proposal.mayWithdraw()) {
            setActions(new WithdrawButton("proposal", FeedbackTimelines.WITHDRAW_REASON_LENGTH,
                    reason -> proposals.withdraw(id, reason),
                    () -> getUI().ifPresent(ui -> ui.refreshCurrentRoute(false))));
        } else {
            setActions();
        }
        setRound(rounds.roundFor(ProposalService.ROUND_KIND, id).map(round -> new RoundPanel(rounds, round))
                .orElse(null));
        setDocuments(documents.forRecord(ProposalAttachments.RECORD_TYPE, id));
        setTimeline(proposal.timeline());
    }
}
