package org.neighbourhoodportal.funding.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.Optional;
import org.neighbourhoodportal.attachments.ui.AttachmentPanels;
import org.neighbourhoodportal.funding.FundingAttachments;
import org.neighbourhoodportal.funding.FundingService;
import org.neighbourhoodportal.funding.FundingTasks;
import org.neighbourhoodportal.workflow.WorkItem;
import org.neighbourhoodportal.workflow.ui.RecordPanelProvider;

/**
 * Shows the bid above each of its tasks (the lead's steps, expressions of interest, commitments): the opportunity,
 * the go/no-go advice with its reasons, the partners and what they committed, and the bid's documents, where what is
 * added belongs to the bid, tagged with the step (the call documents, the draft, the submitted bid).
 */
@org.springframework.stereotype.Component
class FundingTaskPanel implements RecordPanelProvider {

    private final FundingService funding;
    private final FundingTasks tasks;
    private final AttachmentPanels documents;

    FundingTaskPanel(FundingService funding, FundingTasks tasks, AttachmentPanels documents) {
        this.funding = funding;
        this.tasks = tasks;
        this.documents = documents;
    }

    @Override
    public Optional<Component> panelFor(WorkItem task) {
        return tasks.recordOf(task).map(id -> {
            Div panel = new Div(new BidCard(funding.details(id)),
                    documents.forTask(FundingAttachments.RECORD_TYPE, id, task.name()));
            panel.setId("bid-beside-task");
            panel.setWidthFull();
            return panel;
        });
    }
}
