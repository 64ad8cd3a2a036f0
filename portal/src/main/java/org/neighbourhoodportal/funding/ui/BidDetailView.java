package org.neighbourhoodportal.funding.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.neighbourhoodportal.attachments.ui.AttachmentPanels;
import org.neighbourhoodportal.funding.BidDetails;
import org.neighbourhoodportal.funding.BidStage;
import org.neighbourhoodportal.funding.FundingAttachments;
import org.neighbourhoodportal.funding.FundingService;
import org.neighbourhoodportal.funding.FundingTasks;
import org.neighbourhoodportal.rounds.RoundService;
import org.neighbourhoodportal.rounds.ui.RoundPanel;
import org.neighbourhoodportal.ui.Glossary;
import org.neighbourhoodportal.ui.RouteIds;
import org.neighbourhoodportal.workflow.ui.RecordPage;

/** One funding bid in the record page shell: the bid, its rounds, where it is now, documents, its timeline. */
@Route("funding/:bidId")
@PageTitle("Funding bid | Neighbourhood Portal")
@PermitAll
class BidDetailView extends RecordPage implements BeforeEnterObserver {

    private final FundingService funding;
    private final FundingTasks tasks;
    private final RoundService rounds;
    private final AttachmentPanels documents;

    BidDetailView(FundingService funding, FundingTasks tasks, RoundService rounds, AttachmentPanels documents) {
        this.funding = funding;
        this.tasks = tasks;
        this.rounds = rounds;
        this.documents = documents;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = RouteIds.id(event, "bidId", "That funding bid does not exist.");
        BidDetails bid = funding.details(id);
        setHeading("Joint funding bid", Glossary.spelledOut("INT"));
        setYourTurn(tasks.yoursOn(id));
        setRecord(new BidCard(bid));
        setWhereItIsNow(bid.waitingOn(), bid.stage() == BidStage.WON ? "Won: it is in the work plan now."
                : bid.stage() == BidStage.LOST ? "Not successful: nothing is waiting."
                : bid.stage() == BidStage.NOT_PURSUED ? "Not pursued: nothing is waiting." : "Nothing is waiting.");
        if (bid.mayReopen()) {
            Anchor reopen = new Anchor("funding/" + id + "/reopen", "Try again as a new opportunity");
            reopen.setId("reopen-bid");
            setActions(reopen);
        } else {
            setActions();
        }
        Div roundPanels = new Div();
        rounds.roundFor(FundingService.COMMITMENT_ROUND, id).ifPresent(r -> roundPanels.add(new RoundPanel(rounds, r)));
        rounds.roundFor(FundingService.INTEREST_ROUND, id).ifPresent(r -> roundPanels.add(new RoundPanel(rounds, r)));
        setRound(roundPanels.getChildren().findAny().isPresent() ? roundPanels : null);
        setDocuments(documents.forRecord(FundingAttachments.RECORD_TYPE, id));
        setTimeline(bid.timeline());
    }
}
