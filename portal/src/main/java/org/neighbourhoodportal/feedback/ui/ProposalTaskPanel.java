package org.neighbourhoodportal.feedback.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import com.vaadin.flow.component.html.Div;
import org.neighbourhoodportal.attachments.ui.AttachmentPanels;
import org.neighbourhoodportal.feedback.ProposalAttachments;
import org.neighbourhoodportal.feedback.ProposalService;
import org.neighbourhoodportal.feedback.ProposalTasks;
import org.neighbourhoodportal.workflow.WorkItem;
import org.neighbourhoodportal.workflow.ui.RecordPanelProvider;

/** Shows the proposal beside each of its tasks. */
@org.springframework.stereotype.Component
class ProposalTaskPanel implements RecordPanelProvider {

    private final ProposalService proposals;
    private final ProposalTasks tasks;
    private final AttachmentPanels documents;

    ProposalTaskPanel(ProposalService proposals, ProposalTasks tasks, AttachmentPanels documents) {
        this.documents = documents;
        this.proposals = proposals;
        this.tasks = tasks;
    }

    @Override
    public Optional<Component> panelFor(WorkItem task) {
        return tasks.recordOf(task).map(id -> new Div(new ProposalCard(proposals.details(id)),
                documents.forTask(ProposalAttachments.RECORD_TYPE, id, task.name())));
    }
}
