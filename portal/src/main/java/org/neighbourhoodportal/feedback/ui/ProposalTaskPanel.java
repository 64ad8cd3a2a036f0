package org.neighbourhoodportal.feedback.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.neighbourhoodportal.feedback.ProposalService;
import org.neighbourhoodportal.processes.PpgProposalProcess;
import org.neighbourhoodportal.workflow.WorkItem;
import org.neighbourhoodportal.workflow.ui.RecordPanelProvider;

/** Shows the proposal beside each of its tasks. */
@org.springframework.stereotype.Component
class ProposalTaskPanel implements RecordPanelProvider {

    private final ProposalService proposals;

    ProposalTaskPanel(ProposalService proposals) {
        this.proposals = proposals;
    }

    @Override
    public Optional<Component> panelFor(WorkItem task) {
        if (!PpgProposalProcess.KEY.equals(task.processKey())) {
            return Optional.empty();
        }
        return Optional.of(new ProposalCard(proposals.details(Long.parseLong(task.businessKey()))));
    }
}
